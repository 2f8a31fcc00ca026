package dev.goready.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A long-running step for {@link Host#spawn}: the program and its arguments, the folder it runs in,
 * its whole environment (nothing is inherited, so a test host controls it too), how long it may run
 * and how often its process tree is sampled.
 */
public record ProcessSpec(List<String> argv, Path dir, Map<String, String> env, Duration timeout, Duration sampleInterval) {}

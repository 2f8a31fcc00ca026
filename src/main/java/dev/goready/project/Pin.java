package dev.goready.project;

import dev.goready.release.Selector;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which Go a folder asks for, and where that came from: {@code origin} says it to a person
 * ("/src/app/go.mod, toolchain line"); {@code file} is the file, where there is one.
 */
public record Pin(Selector selector, String origin, Optional<Path> file) {}

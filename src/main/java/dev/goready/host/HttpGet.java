package dev.goready.host;

import java.net.URI;
import java.time.Duration;

/** One GET a check wants answered, never waiting longer than the timeout for the response's headers. */
public record HttpGet(URI uri, Duration timeout) {}

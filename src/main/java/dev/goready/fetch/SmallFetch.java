package dev.goready.fetch;

import java.net.URI;

/**
 * Fetches one small resource whole (a signature, a tile, a lookup), as {@link Fetcher#fetchBytes}
 * does; a 404 or 410 surfaces as {@link HttpStatusException} so callers can tell "not there" apart.
 */
@FunctionalInterface
public interface SmallFetch {
  byte[] get(URI uri, String what);
}

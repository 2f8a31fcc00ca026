package dev.goready.verify;

import dev.goready.HttpStatusException;
import java.net.URI;

/**
 * Where verification gets its evidence (a signature, a bundle, a checksum database's tiles and
 * lookups): one small resource, whole. The fetch package implements it with its retrying, proxied
 * client; a 404 or 410 surfaces as {@link HttpStatusException} so callers can tell "not there" apart.
 */
@FunctionalInterface
public interface EvidenceSource {
  byte[] get(URI uri, String what);
}

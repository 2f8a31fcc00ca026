package dev.goready.provenance;

import dev.goready.release.ReleaseFile;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The checks beyond SHA-256 that a policy may demand of a downloaded release archive. */
public interface ReleaseChecks {
  ReleaseChecks NONE = (methods, file, archive, url) -> List.of();

  /** Runs each of {@code methods} it knows on the verified archive at {@code archive}, fetched from {@code url}. */
  List<CheckResult> run(Set<Method> methods, ReleaseFile file, Path archive, URI url);
}

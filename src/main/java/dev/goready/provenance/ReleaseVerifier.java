package dev.goready.provenance;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.HttpStatusException;
import dev.goready.release.Platform;
import dev.goready.release.ReleaseFile;
import dev.goready.release.ToolchainModule;
import dev.goready.verify.CheckResult;
import dev.goready.verify.EvidenceSource;
import dev.goready.verify.Method;
import dev.goready.verify.OpenPgpVerifier;
import dev.goready.verify.SigstoreCheck;
import dev.goready.verify.sumdb.ChecksumDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks beyond SHA-256 for a go.dev release archive: the checksum database (the archive's
 * files hashed as the toolchain module cmd/go would download), Google's OpenPGP signature, and a
 * Sigstore bundle. Each answers ok, fail or unavailable; none throws for a verdict.
 */
public final class ReleaseVerifier implements ReleaseChecks {
  private static final Pattern ARCHIVE_NAME = Pattern.compile("(go\\d+(?:\\.\\d+)*(?:(?:beta|rc)\\d+)?)\\.([a-z0-9]+)-([a-z0-9]+)\\.(tar\\.gz|zip)");

  private final Supplier<ChecksumDatabase> sumdb;
  private final EvidenceSource download;
  private final Supplier<OpenPgpVerifier> pgp;
  private final SigstoreCheck sigstore;

  public ReleaseVerifier(Supplier<ChecksumDatabase> sumdb, EvidenceSource download, Supplier<OpenPgpVerifier> pgp, SigstoreCheck sigstore) {
    this.sumdb = sumdb;
    this.download = download;
    this.pgp = pgp;
    this.sigstore = sigstore;
  }

  @Override
  public List<CheckResult> run(Set<Method> methods, ReleaseFile file, Path archive, URI url) {
    List<CheckResult> results = new ArrayList<>();
    if (methods.contains(Method.SUMDB)) {
      results.add(sumdb(archive));
    }
    if (methods.contains(Method.PGP)) {
      results.add(pgp(archive, Optional.empty(), URI.create(url + ".asc")));
    }
    if (methods.contains(Method.SIGSTORE)) {
      results.add(sigstore.fetchAndVerify(archive, URI.create(url + ".sigstore.json"), download));
    }
    return results;
  }

  /** The archive's files, as the toolchain module, against the checksum database. */
  public CheckResult sumdb(Path archive) {
    Optional<ToolchainModule> module = moduleOf(archive.getFileName().toString());
    if (module.isEmpty()) {
      return CheckResult.unavailable(Method.SUMDB, archive.getFileName() + " is not named like a go.dev archive (go1.22.5.linux-amd64.tar.gz)");
    }
    Optional<String> absent = module.get().absence();
    if (absent.isPresent()) {
      return CheckResult.unavailable(Method.SUMDB, absent.get());
    }
    String h1;
    try {
      h1 = ReleaseArchiveHash.of(archive, module.get());
    } catch (IOException e) {
      return CheckResult.fail(Method.SUMDB, archive + " cannot be read as an archive: " + e.getMessage(), java.util.Map.of());
    }
    return ToolchainSums.check(sumdb.get(), module.get(), h1);
  }

  /** The detached signature from {@code ascFile}, else fetched from {@code ascUrl}. Only .tar.gz archives are signed. */
  public CheckResult pgp(Path archive, Optional<Path> ascFile, URI ascUrl) {
    if (ascFile.isEmpty() && !archive.getFileName().toString().endsWith(".tar.gz")) {
      return CheckResult.unavailable(Method.PGP, "go.dev publishes .asc signatures only for .tar.gz archives");
    }
    byte[] signature;
    try {
      signature = ascFile.isPresent() ? Files.readAllBytes(ascFile.get()) : download.get(ascUrl, "OpenPGP signature");
    } catch (HttpStatusException e) {
      return CheckResult.unavailable(Method.PGP, "no signature at " + ascUrl + " (HTTP " + e.status() + ")");
    } catch (GoreadyException e) {
      return CheckResult.unavailable(Method.PGP, e.getMessage());
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.USAGE, "cannot read " + ascFile.orElseThrow() + ": " + e.getMessage(), "pass the .asc file that came with the archive");
    }
    try (InputStream data = Files.newInputStream(archive)) {
      return pgp.get().verify(data, new ByteArrayInputStream(signature));
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.LOCAL, "cannot read " + archive + ": " + e.getMessage(), null);
    }
  }

  /** A Sigstore bundle the user handed over, for the signer configured. */
  public CheckResult sigstore(Path archive, byte[] bundle) {
    return sigstore.verify(archive, bundle);
  }

  /** The toolchain module a go.dev archive name corresponds to. */
  private static Optional<ToolchainModule> moduleOf(String filename) {
    Matcher m = ARCHIVE_NAME.matcher(filename);
    return m.matches() ? Optional.of(new ToolchainModule(m.group(1), new Platform(m.group(2), m.group(3)))) : Optional.empty();
  }
}

package dev.goready.provenance;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.release.ToolchainModule;
import dev.goready.verify.CheckResult;
import dev.goready.verify.Method;
import dev.goready.verify.sumdb.ChecksumDatabase;
import dev.goready.verify.sumdb.LogForkedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Checks a toolchain module's h1: hash against the checksum database, as one {@link CheckResult}. */
public final class ToolchainSums {
  private ToolchainSums() {}

  /**
   * ok when the database's verified record holds exactly {@code actualH1}; fail on any other hash or
   * on data that does not verify (a bad signature, a fork); unavailable when the database has no
   * record or cannot be reached.
   */
  public static CheckResult check(ChecksumDatabase db, ToolchainModule module, String actualH1) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("module", ToolchainModule.PATH + "@" + module.version());
    evidence.put("database", db.name());
    evidence.put("actual", actualH1);
    Optional<ChecksumDatabase.Lookup> lookup;
    try {
      lookup = db.lookup(ToolchainModule.PATH, module.version());
    } catch (LogForkedException e) {
      evidence.put("seenTree", e.seenNote());
      evidence.put("currentTree", e.currentNote());
      return CheckResult.fail(Method.SUMDB, e.getMessage(), evidence);
    } catch (GoreadyException e) {
      if (e.exitCode() == ExitCode.INTEGRITY) {
        return CheckResult.fail(Method.SUMDB, e.getMessage(), evidence);
      }
      if (e.exitCode() == ExitCode.NETWORK) {
        return CheckResult.unavailable(Method.SUMDB, e.getMessage());
      }
      throw e;
    }
    if (lookup.isEmpty()) {
      return CheckResult.unavailable(Method.SUMDB, db.name() + " has no record of " + evidence.get("module") + " (toolchain modules exist from go1.21.0 on)");
    }
    ChecksumDatabase.Lookup found = lookup.get();
    evidence.put("treeSize", found.tree().size());
    evidence.put("rootHash", found.tree().rootBase64());
    evidence.put("recordId", found.recordId());
    evidence.put("via", found.via());
    Optional<String> expected = found.zipHash(ToolchainModule.PATH, module.version());
    if (expected.isEmpty()) {
      return CheckResult.fail(Method.SUMDB, "record " + found.recordId() + " of " + db.name() + " is not for " + evidence.get("module"), evidence);
    }
    evidence.put("expected", expected.get());
    if (!expected.get().equals(actualH1)) {
      return CheckResult.fail(Method.SUMDB, db.name() + " records " + expected.get() + " for " + evidence.get("module") + ", the files hash to " + actualH1, evidence);
    }
    return CheckResult.ok(Method.SUMDB, "record " + found.recordId() + " in tree " + found.tree().size() + " of " + db.name(), evidence);
  }
}

package dev.goready.config;

import dev.goready.GoreadyException;
import dev.goready.LocalIo;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.AuditLog;
import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import dev.goready.host.UserEnvironment;
import dev.goready.verify.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Carries out an {@link EnvPlan}, recording each change (file digests, registry values) in the audit log. Call under the store lock. */
public final class EnvApplier {
  private final AuditLog audit;
  private final Optional<UserEnvironment> userEnvironment;

  public EnvApplier(AuditLog audit, Optional<UserEnvironment> userEnvironment) {
    this.audit = audit;
    this.userEnvironment = userEnvironment;
  }

  public void apply(EnvPlan plan) {
    plan.files().forEach(FileEditor::check); // all refusals before the first write: nothing half-done
    for (Path dir : plan.directories()) {
      LocalIo.run(dir, () -> Files.createDirectories(dir));
    }
    for (FileEdit edit : plan.files()) {
      FileEditor.apply(edit);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("why", edit.why());
      details.put("before", edit.before().map(Sha256::hex).orElse("absent"));
      details.put("after", edit.after().map(Sha256::hex).orElse("deleted"));
      try {
        audit.append("env-file", edit.path().toString(), AuditEntry.OK, details);
      } catch (GoreadyException unrecorded) {
        // An edit the log does not show is put back, byte for byte, before the failure is reported.
        FileEditor.apply(new FileEdit(edit.path(), edit.after(), edit.before(), "undo: " + edit.why(), false));
        throw unrecorded;
      }
    }
    for (Path dir : plan.emptyFolders()) {
      LocalIo.run(dir, () -> Files.deleteIfExists(dir)); // refused by the file system if something appeared in it
      try {
        audit.append("env-folder", dir.toString(), AuditEntry.OK, Map.of("why", "goready env created it; --remove deleted it, empty"));
      } catch (GoreadyException unrecorded) {
        LocalIo.run(dir, () -> Files.createDirectories(dir));
        throw unrecorded;
      }
    }
    if (!plan.registry().isEmpty()) {
      UserEnvironment environment = userEnvironment.orElseThrow();
      for (EnvPlan.RegistryEdit edit : plan.registry()) {
        set(environment, edit.name(), edit.after());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", edit.before().map(v -> v.type() + " " + v.data()).orElse("absent"));
        details.put("after", edit.after().map(v -> v.type() + " " + v.data()).orElse("deleted"));
        try {
          audit.append("env-registry", "HKCU\\Environment\\" + edit.name(), AuditEntry.OK, details);
        } catch (GoreadyException unrecorded) {
          set(environment, edit.name(), edit.before());
          throw unrecorded;
        }
      }
      environment.broadcastChange();
    }
  }

  private static void set(UserEnvironment environment, String name, Optional<UserEnvironment.Value> value) {
    value.ifPresentOrElse(v -> environment.write(name, v), () -> environment.delete(name));
  }
}

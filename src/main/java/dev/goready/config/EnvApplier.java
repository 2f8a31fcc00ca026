package dev.goready.config;

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
    for (Path dir : plan.directories()) {
      LocalIo.run(dir, () -> Files.createDirectories(dir));
    }
    for (FileEdit edit : plan.files()) {
      FileEditor.apply(edit);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("why", edit.why());
      details.put("before", edit.before().map(Sha256::hex).orElse("absent"));
      details.put("after", edit.after().map(Sha256::hex).orElse("deleted"));
      audit.append("env-file", edit.path().toString(), AuditEntry.OK, details);
    }
    if (!plan.registry().isEmpty()) {
      UserEnvironment environment = userEnvironment.orElseThrow();
      for (EnvPlan.RegistryEdit edit : plan.registry()) {
        edit.after().ifPresentOrElse(value -> environment.write(edit.name(), value), () -> environment.delete(edit.name()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", edit.before().map(v -> v.type() + " " + v.data()).orElse("absent"));
        details.put("after", edit.after().map(v -> v.type() + " " + v.data()).orElse("deleted"));
        audit.append("env-registry", "HKCU\\Environment\\" + edit.name(), AuditEntry.OK, details);
      }
      environment.broadcastChange();
    }
  }
}

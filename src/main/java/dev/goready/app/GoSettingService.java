package dev.goready.app;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.audit.AuditEntry;
import dev.goready.config.GoEnvFile;
import dev.goready.host.FileEdit;
import dev.goready.host.FileEditor;
import dev.goready.host.Secrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * `go env -u NAME` done by goready itself, for doctor --fix: the setting's line leaves Go's env file
 * (found as the go command finds it) through the careful user-file writer, under the store lock and
 * audited, so no go binary of unknown version is run and the change is recorded like every other.
 */
public final class GoSettingService {
  private final Composition parts;

  GoSettingService(Composition parts) {
    this.parts = parts;
  }

  /** Whether anything changed: false when Go's env file does not set NAME. */
  public boolean unset(String name) throws Exception {
    Path file = GoEnvFile.location(parts.host()).orElseThrow(() -> new GoreadyException(ExitCode.USAGE,
        "GOENV=off: the go command reads no env file, so " + name + " was not set there", "unset " + name + " where it is set: your profile or this shell"));
    Optional<byte[]> before = FileEditor.read(file);
    String text = before.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    if (!GoEnvFile.parse(text).containsKey(name)) {
      return false;
    }
    byte[] after = GoEnvFile.apply(text, Map.of(name, Optional.empty())).getBytes(StandardCharsets.UTF_8);
    FileEdit edit = new FileEdit(file, before, Optional.of(after), "Go's env file (go env -u " + name + ")", true);
    FileEditor.check(edit);
    return parts.locked(activation -> {
      FileEditor.apply(edit);
      parts.audit().append("go-env-unset", file.toString(), AuditEntry.OK, Map.of("name", name, "was", Secrets.redactVariable(name, GoEnvFile.parse(text).get(name))));
      return true;
    });
  }
}

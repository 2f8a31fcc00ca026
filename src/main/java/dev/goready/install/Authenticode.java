package dev.goready.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.host.CommandResult;
import dev.goready.host.Host;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The MSI's Authenticode signature, checked before msiexec runs it: Windows must call it Valid and
 * the signer must be Google. PowerShell's Get-AuthenticodeSignature does the cryptography; goready
 * reads its answer. The call runs only on Windows; its answers are tested through a fixture host.
 */
final class Authenticode {
  static final String SIGNER = "O=Google LLC";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Authenticode() {}

  static List<String> command(Path msi) {
    return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
        "Get-AuthenticodeSignature -LiteralPath '" + msi.toString().replace("'", "''") + "' | "
            + "Select-Object @{n='Status';e={$_.Status.ToString()}}, @{n='Signer';e={$_.SignerCertificate.Subject}}, StatusMessage | ConvertTo-Json");
  }

  /** Returns the signer's subject, or fails with exit 4 saying why the signature is not acceptable. */
  static String require(Host host, Path msi) {
    CommandResult result = host.run(command(msi), Duration.ofSeconds(60));
    if (!result.succeeded()) {
      throw new GoreadyException(ExitCode.INTEGRITY, "cannot check the Authenticode signature of " + msi + ": " + result.stderrText().strip(),
          "nothing was installed; check that PowerShell runs, or drop --msi for the verified user-level zip");
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(result.stdoutText());
    } catch (IOException e) {
      throw new GoreadyException(ExitCode.INTEGRITY, "Get-AuthenticodeSignature gave no readable answer for " + msi, "nothing was installed");
    }
    String status = answer.path("Status").asText("");
    String signer = answer.path("Signer").asText("");
    if (!status.equals("Valid")) {
      throw new GoreadyException(ExitCode.INTEGRITY, "the Authenticode signature of " + msi + " is " + (status.isEmpty() ? "missing" : status)
          + ": " + answer.path("StatusMessage").asText(""), "nothing was installed; the MSI is not as Google signed it");
    }
    if (!signer.contains(SIGNER)) {
      throw new GoreadyException(ExitCode.INTEGRITY, msi + " is validly signed, but by " + signer + ", not Google",
          "nothing was installed; Go's MSI is signed by Google LLC");
    }
    return signer;
  }
}

package dev.goready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goready.ExitCode;
import dev.goready.TerminalText;
import dev.goready.app.Composition;
import dev.goready.audit.AuditEntry;
import dev.goready.audit.ChainVerifier;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Show the tamper-evident log of everything installed, verified and changed (GOREADY_HOME/audit.jsonl).",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer> {
  @ParentCommand GoreadyCommand parent;

  @Option(names = "--json", description = "Print the entries as a JSON array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Context context = parent.context();
    Composition services = context.composition();
    List<AuditEntry> entries = services.audit().entries();
    if (json) {
      context.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(entries));
      return ExitCode.OK.code();
    }
    if (entries.isEmpty()) {
      context.err().println("goready: the audit log " + services.store().auditLog() + " is empty");
      return ExitCode.OK.code();
    }
    String row = "%-24s  %-14s  %-11s  %s%n"; // RESULT holds "unavailable"
    context.out().printf(row, "TIME", "ACTION", "RESULT", "SUBJECT");
    for (AuditEntry e : entries) {
      context.out().printf(row, TerminalText.escape(e.time()), TerminalText.escape(e.action()), TerminalText.escape(e.result()),
          TerminalText.escape(e.subject()));
    }
    return ExitCode.OK.code();
  }

  @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check the hash chain; exit 4 naming the first line edited, removed or reordered.")
  static final class Verify implements Callable<Integer> {
    @ParentCommand AuditCommand audit;

    @Override
    public Integer call() {
      Context context = audit.parent.context();
      Composition services = context.composition();
      ChainVerifier.Result result = services.audit().verify();
      if (result.ok()) {
        context.out().println("audit log intact: " + result.lines() + " lines, chain verified (" + services.store().auditLog() + ")");
        return ExitCode.OK.code();
      }
      context.err().println("goready: audit log " + services.store().auditLog() + " was tampered with: " + result.problem());
      context.err().println("  hint: keep a copy for investigation; the entries from line " + result.firstBadLine().orElseThrow() + " on cannot be trusted");
      return ExitCode.INTEGRITY.code();
    }
  }
}

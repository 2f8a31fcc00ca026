package dev.goready.cli;

import dev.goready.ExitCode;
import dev.goready.app.WslService;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "link-workspace",
    mixinStandardHelpOptions = true,
    header = "Give Windows editors the WSL source tree, kept on the Linux file system.",
    description = {
      "Give Windows editors the WSL source tree where it belongs (the Linux file system, never /mnt/c),",
      "with a Windows shortcut to \\\\wsl.localhost\\<distro>\\…, and the VS Code Remote-WSL command. --apply creates the shortcut."
    })
final class WslLinkWorkspaceCommand implements Callable<Integer> {
  @ParentCommand WslCommand wsl;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The project folder inside WSL (default: the current one).")
  String dir;

  @Option(names = "--apply", description = "Create the Desktop shortcut through interop.")
  boolean apply;

  @Override
  public Integer call() {
    Context context = wsl.parent.context();
    WslService service = context.composition().wslService();
    WslService.WorkspacePlan workspace = service.linkWorkspace(Optional.ofNullable(dir));
    context.out().println("Windows path: " + workspace.uncPath());
    if (!apply) {
      Plans.print(context, workspace.plan());
      return ExitCode.OK.code();
    }
    service.apply(workspace);
    context.out().println("created a Desktop shortcut; or open it in VS Code with: " + workspace.plan().commands().getLast());
    return ExitCode.OK.code();
  }
}

package dev.goready.doctor.checks;

import dev.goready.doctor.Check;
import dev.goready.doctor.Fix;
import dev.goready.doctor.Machines;
import dev.goready.doctor.Probe;
import dev.goready.doctor.Result;
import dev.goready.doctor.Status;
import dev.goready.host.CommandResult;
import dev.goready.host.HostKind;
import dev.goready.wsl.KernelLog;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kernel log, streamed line by line (a 1 GB log never sits in memory): unsigned modules, rejected
 * signatures and IMA appraisal denials. From --kernel-log FILE, else dmesg, else journalctl -k.
 */
public final class KernelLogCheck implements Check {

  @Override
  public String id() {
    return "wsl.kernel-log";
  }

  @Override
  public Set<HostKind> machines() {
    return Machines.LINUX;
  }

  @Override
  public String notHere(HostKind kind) {
    return "reads the Linux kernel log; not Linux";
  }

  @Override
  public Result run(Probe probe) throws IOException {
    Optional<Path> explicit = probe.options().kernelLog();
    if (explicit.isPresent()) {
      Optional<InputStream> file = probe.host().openFile(explicit.get());
      if (file.isEmpty()) {
        return Result.skip("--kernel-log " + explicit.get() + " does not exist");
      }
      try (InputStream in = file.get()) {
        return judge(KernelLog.classify(reader(in)), explicit.get().toString());
      }
    }
    CommandResult dmesg = probe.run("dmesg");
    if (dmesg.succeeded()) {
      return judge(KernelLog.classify(reader(new ByteArrayInputStream(dmesg.stdout()))), "dmesg");
    }
    CommandResult journal = probe.run("journalctl", "-k", "-b", "-o", "short", "--no-pager");
    if (journal.succeeded()) {
      return judge(KernelLog.classify(reader(new ByteArrayInputStream(journal.stdout()))), "journalctl -k");
    }
    String why = dmesg.stderrText().contains("Operation not permitted")
        ? "reading the kernel log needs root here (dmesg: Operation not permitted); run with sudo, or pass --kernel-log FILE"
        : "no kernel log: dmesg and journalctl both failed";
    return Result.skip(why);
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  private static Result judge(KernelLog.Summary log, String source) {
    List<String> details = new ArrayList<>();
    details.add(log.lines() + " lines read from " + source);
    for (KernelLog.Kind kind : KernelLog.Kind.values()) {
      int count = log.count(kind);
      if (count > 0) {
        details.add(count + " × " + kind.label());
        log.examples(kind).forEach(line -> details.add("    " + line));
      }
    }
    Status worst = log.blocking() ? Status.FAIL : log.suspicious() ? Status.WARN : Status.OK;
    if (worst == Status.FAIL) {
      return Result.fail(failSummary(log), details,
          Fix.of("A module or file was refused by signature checking or IMA appraisal. Rebuild or re-sign the module with a key the kernel trusts, or ask who manages this machine's IMA policy.",
              "dmesg | grep -iE 'PKCS#7|key was rejected|signature verification failed|ima:|integrity:'"));
    }
    if (worst == Status.WARN) {
      return Result.warn(log.count(KernelLog.Kind.UNSIGNED) + " unsigned module(s) loaded" + named(log, KernelLog.Kind.UNSIGNED), details,
          Fix.of("Unsigned modules taint the kernel; with Secure Boot enforcing they would be refused. Sign them (kmodsign/sign-file) or remove them.",
              "dmesg | grep -i 'module verification failed'"));
    }
    return Result.ok("no module-signature or IMA problems in " + log.lines() + " lines", details);
  }

  private static String failSummary(KernelLog.Summary log) {
    List<String> parts = new ArrayList<>();
    if (log.count(KernelLog.Kind.REJECTED) > 0) {
      parts.add(log.count(KernelLog.Kind.REJECTED) + " rejected signature(s)"
          + (log.subjects(KernelLog.Kind.REJECTED).isEmpty() ? " (the kernel names no module: see modprobe's or systemd's log)" : named(log, KernelLog.Kind.REJECTED)));
    }
    if (log.count(KernelLog.Kind.IMA_DENIED) > 0) {
      parts.add(log.count(KernelLog.Kind.IMA_DENIED) + " IMA appraisal denial(s)" + named(log, KernelLog.Kind.IMA_DENIED));
    }
    return String.join(", ", parts);
  }

  /** ": nvidia, zfs" — what the lines of a kind named, so the user knows which driver or file to look at. */
  private static String named(KernelLog.Summary log, KernelLog.Kind kind) {
    Set<String> subjects = log.subjects(kind);
    return subjects.isEmpty() ? "" : ": " + String.join(", ", subjects) + (subjects.size() == KernelLog.SUBJECTS ? ", …" : "");
  }
}

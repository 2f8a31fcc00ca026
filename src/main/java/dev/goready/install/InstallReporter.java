package dev.goready.install;

import dev.goready.fetch.Progress;

/** Where an install reports as it goes: progress bars, notices (quiet-able) and warnings (never silenced). */
public interface InstallReporter {
  Progress progress(String label);

  void notice(String message);

  void warning(String message);
}

package dev.goready;

/** The few exit codes goready uses, mapped at one boundary (the CLI) and documented in every --help. */
public enum ExitCode {
  OK(0, "success"),
  CHECK_FAILED(1, "a check or verification failed"),
  USAGE(2, "usage error"),
  NETWORK(3, "network or mirror unreachable"),
  INTEGRITY(4, "integrity failure (digest, signature, unsafe archive, tampered audit log)"),
  LOCAL(5, "local environment problem (permissions, disk, lock)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}

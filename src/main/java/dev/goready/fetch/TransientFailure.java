package dev.goready.fetch;

import java.io.IOException;

/** A failure worth another attempt: a reset, a timeout, a stall, a 5xx. Carries the user-facing reason. */
final class TransientFailure extends IOException {
  private static final long serialVersionUID = 1L;

  TransientFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}

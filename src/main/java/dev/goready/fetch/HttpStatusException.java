package dev.goready.fetch;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;

/** A server answered with a client error (4xx): the request was understood and refused. */
public final class HttpStatusException extends GoreadyException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpStatusException(int status, String message, String hint) {
    super(ExitCode.NETWORK, message, hint);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** 404 and 410 mean "not here": Go's GOPROXY lists fall through to the next entry only on these. */
  public boolean notFound() {
    return status == 404 || status == 410;
  }
}

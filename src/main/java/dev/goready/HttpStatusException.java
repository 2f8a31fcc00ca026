package dev.goready;

/**
 * A server answered with a client error (4xx): the request was understood and refused. It lives at
 * the root because every consumer of fetched bytes (proxy lists, checksum databases, signature
 * lookups) tells "not there" apart from "broken" without depending on how the bytes were fetched.
 */
public final class HttpStatusException extends GoreadyException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public HttpStatusException(int status, String message, String hint) {
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

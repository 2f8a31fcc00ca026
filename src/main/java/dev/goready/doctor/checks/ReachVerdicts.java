package dev.goready.doctor.checks;

import dev.goready.doctor.Fix;
import dev.goready.doctor.Status;
import dev.goready.host.HttpAnswer;
import dev.goready.host.OsFamily;
import java.util.Optional;

/**
 * What one answer of net.reach means, and for a failure the fix that applies: each way a GET can fail
 * (DNS, refused, timeout, an untrusted certificate, proxy or server credentials, 403, 5xx) has its own.
 */
final class ReachVerdicts {
  /** One part of the report: a status, a short phrase for the summary, and the fix when it is not ok. */
  record Finding(Status status, String phrase, Optional<Fix> fix) {
    static Finding ok(String phrase) {
      return new Finding(Status.OK, phrase, Optional.empty());
    }

    static Finding of(Status status, String phrase, Fix fix) {
      return new Finding(status, phrase, Optional.of(fix));
    }
  }

  private final OsFamily os;
  private final boolean proxyHasCredentials;

  ReachVerdicts(OsFamily os, boolean proxyHasCredentials) {
    this.os = os;
    this.proxyHasCredentials = proxyHasCredentials;
  }

  Finding judge(ReachTarget target, HttpAnswer answer) {
    String through = answer.proxy().equals("none") ? "" : " through " + answer.proxy();
    if (answer.status().isPresent()) {
      return status(target, answer.status().getAsInt(), answer.millis(), through, answer.proxy());
    }
    HttpAnswer.Failure failure = answer.failure().orElseThrow();
    String said = failure.message().lines().findFirst().orElse("");
    String host = target.host();
    return switch (failure.kind()) {
      case DNS -> Finding.of(Status.FAIL, host + " does not resolve",
          Fix.of("This machine cannot resolve " + host + " (see net.dns); a network that resolves names only through a proxy needs HTTPS_PROXY.",
              "cat /etc/resolv.conf"));
      case REFUSED -> Finding.of(Status.FAIL, host + ": " + said + through, through.isEmpty()
          ? Fix.of("Nothing answers at " + host + ", or a firewall rejects the connection; a network that lets only its proxy out needs HTTPS_PROXY (go and goready both read it).",
              "export HTTPS_PROXY=http://proxy.example.com:3128")
          : Fix.of("The proxy " + answer.proxy() + " refuses the connection: check HTTPS_PROXY's host and port, and that the proxy runs.", "curl -sS -x " + answer.proxy() + " " + target.uri()));
      case TIMEOUT -> Finding.of(Status.FAIL, host + ": " + said + through,
          Fix.of("No answer from " + (through.isEmpty() ? host + ": a firewall that drops traffic (not rejects it) looks like this; a network that lets only its proxy out needs HTTPS_PROXY."
              : "the proxy " + answer.proxy() + " or " + host + " behind it: check that the proxy lets " + host + " through.") + " A slow link may need a longer --timeout.",
              curl(target)));
      case TLS_UNTRUSTED -> Finding.of(Status.FAIL, host + ": its TLS certificate is not trusted" + through, untrustedCertificate(host));
      case TLS -> Finding.of(Status.FAIL, host + ": " + said + through,
          Fix.of("The TLS connection to " + host + " failed: check that the URL's port speaks HTTPS; a proxy that intercepts TLS needs its CA in GOREADY_CA_FILE (or SSL_CERT_FILE).",
              "curl -v " + target.uri()));
      case PROXY_AUTH -> proxyCredentials(answer.proxy(), through);
      case SERVER_AUTH -> serverCredentials(host);
      case SETUP -> Finding.of(Status.FAIL, "goready cannot build its HTTP client", Fix.of(said));
      case OTHER -> Finding.of(Status.FAIL, host + ": " + said + through,
          Fix.of("Check the URL, HTTPS_PROXY and NO_PROXY.", curl(target)));
    };
  }

  private Finding status(ReachTarget target, int status, long millis, String through, String proxy) {
    String host = target.host();
    String answered = host + " HTTP " + status + " in " + millis + " ms" + through;
    if (status < 400) {
      return Finding.ok(answered);
    }
    if (status == 407) {
      return proxyCredentials(proxy, through);
    }
    if (status == 401) {
      return serverCredentials(host);
    }
    if (status == 403) {
      return Finding.of(Status.FAIL, host + " refuses (HTTP 403)" + through,
          Fix.of("A firewall or the company proxy blocks " + host + ", or the credentials sent have no access: ask for " + host
              + " to be allowed, or put the company's module mirror first in GOPROXY.", "go env -w GOPROXY=https://goproxy.example.com,direct"));
    }
    if (status == 404 || status == 410) {
      return target.sumdb()
          ? Finding.of(Status.FAIL, host + " is no checksum database (HTTP " + status + " for /latest)",
              Fix.of("GOSUMDB names a server that does not serve a checksum database: check its URL.", "go env GOSUMDB"))
          : Finding.of(Status.WARN, host + " answers but has no golang.org/x/mod (HTTP " + status + ")",
              Fix.of("go falls through to the next GOPROXY entry for modules this proxy lacks; if it should mirror public modules, check its URL.", "go env GOPROXY"));
    }
    if (status == 429) {
      return Finding.of(Status.WARN, host + " is rate limiting (HTTP 429)" + through,
          Fix.of("Too many requests from this address (a shared NAT or CI fleet): retry later, or use a company mirror.", "go env GOPROXY"));
    }
    if (status >= 500) {
      return Finding.of(Status.FAIL, answered,
          Fix.of(host + (through.isEmpty() ? " is failing" : ", or the proxy " + proxy + " in front of it, is failing (a proxy that cannot reach it answers 502 or 503)")
              + ": try again later; if it persists, put a mirror you can reach first in GOPROXY.", curl(target)));
    }
    return Finding.of(Status.FAIL, answered, Fix.of("The server does not answer like a " + (target.sumdb() ? "checksum database" : "module proxy") + ": check the URL.", curl(target)));
  }

  /** The same GET by hand (its answer is a few bytes), to see what the server or the proxy says. */
  private static String curl(ReachTarget target) {
    return "curl -sS " + target.uri();
  }

  private Finding proxyCredentials(String proxy, String through) {
    return Finding.of(Status.FAIL, "the proxy " + proxy + (proxyHasCredentials ? " refuses the credentials in HTTPS_PROXY" : " wants credentials") + " (HTTP 407)",
        Fix.of("Put the proxy's user and password in HTTPS_PROXY as http://USER:PASSWORD@host:port, percent-encoding @, : and / in them; go and goready both read it.",
            "export HTTPS_PROXY=http://USER:PASSWORD@" + proxy.replaceFirst("^\\w+://", "")));
  }

  private Finding serverCredentials(String host) {
    String netrc = os == OsFamily.WINDOWS ? "%USERPROFILE%\\_netrc" : "~/.netrc";
    return Finding.of(Status.FAIL, host + " wants credentials (HTTP 401)",
        Fix.of("Give them as go does: a line 'machine " + host + " login USER password TOKEN' in " + netrc + " (or the file $NETRC names); goready reads it too.",
            os == OsFamily.WINDOWS ? "notepad " + netrc : "chmod 600 " + netrc));
  }

  /** TLS interception by a company proxy: goready takes the CA from GOREADY_CA_FILE, go from the system store. */
  private Fix untrustedCertificate(String host) {
    String text = "Something between this machine and " + host + " (a company proxy inspecting TLS) presents a certificate no trusted CA vouches for. "
        + "Give goready the company's CA bundle with GOREADY_CA_FILE (or SSL_CERT_FILE); go itself trusts the system store, so add the CA there too.";
    return switch (os) {
      case WINDOWS -> Fix.of(text, "setx GOREADY_CA_FILE C:\\path\\to\\company-ca.pem", "certutil -user -addstore Root C:\\path\\to\\company-ca.pem");
      case DARWIN -> Fix.of(text, "export GOREADY_CA_FILE=/path/to/company-ca.pem",
          "sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain /path/to/company-ca.pem");
      default -> Fix.of(text, "export GOREADY_CA_FILE=/path/to/company-ca.pem",
          "sudo cp /path/to/company-ca.pem /usr/local/share/ca-certificates/company-ca.crt && sudo update-ca-certificates");
    };
  }
}

package dev.goready.config;

/**
 * Every setting goready reads from the environment, in one place: its variable, its default and
 * what it does. The README table and {@code goready --help} are written from this list. Settings of
 * goready's own can also live in GOREADY_HOME/config.json; Go's own (GOPROXY, GOSUMDB) are also read
 * from Go's env file, as cmd/go does.
 */
public enum Setting {
  HOME("GOREADY_HOME", null, "toolchains, downloads and the audit log"),
  INDEX("GOREADY_INDEX", "https://go.dev/dl/?mode=json&include=all", "release index URL (--index)"),
  DOWNLOAD_URL("GOREADY_DOWNLOAD_URL", "https://dl.google.com/go", "archives come from <this>/<file> (--download-url)"),
  CA_FILE("GOREADY_CA_FILE", null, "extra PEM CA bundle (else SSL_CERT_FILE)"),
  RETRIES("GOREADY_RETRIES", "3", "retries after 5xx, resets, timeouts (--retries)"),
  CONNECT_TIMEOUT("GOREADY_CONNECT_TIMEOUT", "30", "seconds to wait for a connection"),
  READ_TIMEOUT("GOREADY_READ_TIMEOUT", "30", "seconds a download may stall before a retry"),
  SOURCE("GOREADY_SOURCE", "index", "where install gets toolchains: index (go.dev archives) or proxy (GOPROXY) (--source)"),
  REQUIRE("GOREADY_REQUIRE", null, "checks an install must pass: sha256,sumdb,pgp,sigstore (--require)"),
  PGP_KEYRING("GOREADY_PGP_KEYRING", null, "newer copy of Google's signing key for .asc checks, pinned EB4C1BFD... (--keyring)"),
  SIGSTORE_IDENTITY("GOREADY_SIGSTORE_IDENTITY", null, "signer a Sigstore bundle must name (--certificate-identity)"),
  SIGSTORE_ISSUER("GOREADY_SIGSTORE_ISSUER", null, "OIDC issuer of that signer (--certificate-oidc-issuer)"),
  SIGSTORE_TRUSTED_ROOT("GOREADY_SIGSTORE_TRUSTED_ROOT", null, "Sigstore trusted_root.json (--trusted-root; default public-good)"),
  SELF_URL("GOREADY_SELF_URL", "https://github.com/goready/goready/releases", "where self update finds goready's releases: <this>/latest/download/SHA256SUMS"),
  PROJECTS("GOREADY_PROJECTS", null, "folders (a PATH-like list) where prune and list look for projects' pins"),
  AUTO_INSTALL("GOREADY_AUTO_INSTALL", "0", "1: exec and the shell hook install a project's missing toolchain (the hook reads only the variable)"),
  GOPROXY("GOPROXY", "https://proxy.golang.org,direct", "module proxies for --source proxy (also read from go env -w)"),
  GOSUMDB("GOSUMDB", "sum.golang.org", "checksum database that vouches for toolchains (also read from go env -w)");

  private final String variable;
  private final String defaultValue;
  private final String doc;

  Setting(String variable, String defaultValue, String doc) {
    this.variable = variable;
    this.defaultValue = defaultValue;
    this.doc = doc;
  }

  public String variable() {
    return variable;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String doc() {
    return doc;
  }

  /** Go's own variables, which cmd/go also reads from its env file (go env -w). */
  public boolean isGoVariable() {
    return !variable.startsWith("GOREADY_");
  }

  /** The key in config.json: the variable without GOREADY_, lower case, '-' for '_' (e.g. download-url). */
  public String configKey() {
    return variable.replaceFirst("^GOREADY_", "").toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

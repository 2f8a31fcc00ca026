package dev.goready.config;

/**
 * Every setting goready reads from the environment, in one place: its variable, its default and
 * what it does. The README table and {@code goready --help} are written from this list.
 */
public enum Setting {
  HOME("GOREADY_HOME", null, "toolchains, downloads and the audit log"),
  INDEX("GOREADY_INDEX", "https://go.dev/dl/?mode=json&include=all", "release index URL (--index)"),
  DOWNLOAD_URL("GOREADY_DOWNLOAD_URL", "https://dl.google.com/go", "archives come from <this>/<file> (--download-url)"),
  CA_FILE("GOREADY_CA_FILE", null, "extra PEM CA bundle (else SSL_CERT_FILE)"),
  RETRIES("GOREADY_RETRIES", "3", "retries after 5xx, resets, timeouts (--retries)"),
  CONNECT_TIMEOUT("GOREADY_CONNECT_TIMEOUT", "30", "seconds to wait for a connection"),
  READ_TIMEOUT("GOREADY_READ_TIMEOUT", "30", "seconds a download may stall before a retry");

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
}

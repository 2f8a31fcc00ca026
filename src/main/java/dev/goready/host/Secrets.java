package dev.goready.host;

import java.util.Locale;
import java.util.regex.Pattern;

/** What must never leave the machine in a report or snapshot: secret-looking variables and URL credentials. */
public final class Secrets {
  private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)[^/@\\s:]*(:[^/@\\s]*)?@");
  private static final String[] SECRET_NAME_PARTS = {"TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "CREDENTIAL", "AUTH"};
  public static final String REDACTED = "***";

  private Secrets() {}

  public static boolean isSecretName(String variable) {
    String upper = variable.toUpperCase(Locale.ROOT);
    for (String part : SECRET_NAME_PARTS) {
      if (upper.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** "http://ann:pw@proxy:3128" → "http://***@proxy:3128", anywhere in the text. */
  public static String redactUrls(String text) {
    return URL_CREDENTIALS.matcher(text).replaceAll(REDACTED + "@");
  }

  /** A variable's value as it may be shown. */
  public static String redactVariable(String name, String value) {
    return isSecretName(name) ? REDACTED : redactUrls(value);
  }
}

package dev.goready.host;

import java.util.List;
import java.util.Optional;

/** The result of a name lookup: addresses, or the reason there were none. */
public record DnsAnswer(List<String> addresses, Optional<String> error) {
  public static DnsAnswer of(List<String> addresses) {
    return new DnsAnswer(List.copyOf(addresses), Optional.empty());
  }

  public static DnsAnswer failed(String error) {
    return new DnsAnswer(List.of(), Optional.of(error));
  }

  public boolean resolved() {
    return !addresses.isEmpty();
  }
}

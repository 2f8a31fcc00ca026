package dev.goready.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IP range from NO_PROXY ("10.0.0.0/8", "fd00::/8"); only IP literals are matched, never resolved. */
record Cidr(byte[] network, int prefixBits) {

  static Optional<Cidr> parse(String text) {
    String[] parts = text.split("/", 2);
    if (parts.length != 2) {
      return Optional.empty(); // no prefix length: an address, not a range
    }
    try {
      byte[] address = literal(parts[0]).orElse(null);
      int bits = Integer.parseInt(parts[1]);
      if (address == null || bits < 0 || bits > address.length * 8) {
        return Optional.empty();
      }
      return Optional.of(new Cidr(address, bits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  boolean contains(String host) {
    byte[] address = literal(host.replaceAll("^\\[|\\]$", "")).orElse(null);
    if (address == null || address.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefixBits; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<byte[]> literal(String text) {
    if (!text.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return Optional.empty(); // a host name: never resolve it just to compare
    }
    try {
      return Optional.of(InetAddress.getByName(text).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}

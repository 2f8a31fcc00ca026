package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a profile's bytes are read and written back. */
class TextFormatTest {
  @Test
  void aBomIsKeptAndTheFileIsReadInItsEncoding() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\r', 0, '\n', 0};
    TextFormat.Decoded decoded = TextFormat.decode(bytes, "\n");
    assertThat(decoded.text()).isEqualTo("a\r\n");
    assertThat(decoded.format().charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(decoded.format().eol()).isEqualTo("\r\n");
    assertThat(decoded.format().encode(decoded.text() + "b")).endsWith('b', 0);
  }

  /**
   * Found by ConfigFilesPropertiesTest#profileBytesRoundTrip: a BOM over bytes that are not its
   * encoding (an odd byte out, a lone surrogate, bad UTF-8) was decoded with U+FFFD in their place,
   * so any edit rewrote bytes goready never touched. They are read byte for byte instead.
   */
  @Test
  void aBomOverBytesThatAreNotItsEncodingGivesEveryByteBack() {
    byte[][] broken = {
      {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'},
      {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0, 'a'},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, '\n'},
    };
    for (byte[] bytes : broken) {
      TextFormat.Decoded decoded = TextFormat.decode(bytes, "\n");
      assertThat(decoded.format().encode(decoded.text())).isEqualTo(bytes);
    }
  }
}

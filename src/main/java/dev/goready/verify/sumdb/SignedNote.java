package dev.goready.verify.sumdb;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a signed note (golang.org/x/mod/sumdb/note): a text ending in a newline, a blank line, then
 * lines {@code "— name base64(keyhash4 || signature)"}. The text is returned only if the one key we
 * trust signed it. Signatures by other keys (witnesses, cosigners) are allowed and ignored, in any
 * order, as in cmd/go; an identical repeated line is harmless, but two different signatures by our
 * key over the same text cannot both be genuine (Ed25519 is deterministic), so that note is refused.
 */
public final class SignedNote {
  private static final byte[] SIGNATURE_PREFIX = "— ".getBytes(StandardCharsets.UTF_8);
  private static final int MAX_SIGNATURES = 100;

  private SignedNote() {}

  /** The signed text (with its final newline) after the trusted key's signature verified. */
  public static String open(byte[] message, NoteVerifier trusted) throws NoteException {
    String whole = utf8WithoutControls(message);
    int split = whole.lastIndexOf("\n\n");
    if (split < 0) {
      throw new NoteException("malformed note");
    }
    String text = whole.substring(0, split + 1);
    String signatures = whole.substring(split + 2);
    if (signatures.isEmpty() || !signatures.endsWith("\n")) {
      throw new NoteException("malformed note");
    }
    byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> lines = List.of(signatures.substring(0, signatures.length() - 1).split("\n", -1));
    if (lines.size() > MAX_SIGNATURES) {
      throw new NoteException("malformed note");
    }
    Map<String, byte[]> trustedSignatures = new HashMap<>();
    for (String line : lines) {
      Signed signed = parseLine(line);
      if (!signed.name().equals(trusted.name()) || signed.hash() != trusted.hash()) {
        continue; // another key's signature: not ours to judge
      }
      byte[] earlier = trustedSignatures.putIfAbsent(line, signed.signature());
      if (earlier != null) {
        continue; // the same line twice
      }
      if (trustedSignatures.size() > 1) {
        throw new NoteException("malformed note: two different signatures by key " + keyId(trusted));
      }
      if (!trusted.verify(textBytes, signed.signature())) {
        throw new NoteException("invalid signature for key " + keyId(trusted));
      }
    }
    if (trustedSignatures.isEmpty()) {
      throw new NoteException("note has no verifiable signatures (none by " + keyId(trusted) + ")");
    }
    return text;
  }

  private record Signed(String name, int hash, byte[] signature) {}

  private static Signed parseLine(String line) throws NoteException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < SIGNATURE_PREFIX.length || !Arrays.equals(bytes, 0, SIGNATURE_PREFIX.length, SIGNATURE_PREFIX, 0, SIGNATURE_PREFIX.length)) {
      throw new NoteException("malformed note");
    }
    String rest = line.substring("— ".length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new NoteException("malformed note");
    }
    String name = rest.substring(0, space);
    byte[] decoded = NoteVerifier.strictBase64(rest.substring(space + 1)).orElseThrow(() -> new NoteException("malformed note"));
    if (!NoteVerifier.validName(name) || decoded.length < 5) {
      throw new NoteException("malformed note");
    }
    int hash = ByteBuffer.wrap(decoded, 0, 4).getInt();
    return new Signed(name, hash, Arrays.copyOfRange(decoded, 4, decoded.length));
  }

  private static String utf8WithoutControls(byte[] message) throws NoteException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(message))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NoteException("malformed note");
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new NoteException("malformed note");
    }
    return text;
  }

  static String keyId(NoteVerifier key) {
    return key.name() + "+" + String.format("%08x", key.hash());
  }
}

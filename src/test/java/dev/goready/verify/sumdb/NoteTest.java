package dev.goready.verify.sumdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goready.testing.NoteSigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** golang.org/x/mod/sumdb/note's published vectors (note_test.go), run against our own code. */
class NoteTest {
  static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  static final String PETER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  static final String ENOCH = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
  static final String TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
  static final String PETER_SIG = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  static final String ENOCH_SIG = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keyHashesMatchGo() throws Exception {
    assertThat(NoteVerifier.parse(PETER).hash()).isEqualTo(0xc74f20a3);
    assertThat(NoteVerifier.parse(ENOCH).hash()).isEqualTo(0xaf0cfe78);
    NoteVerifier go = NoteVerifier.parse(SumdbConfig.GO_KEY);
    assertThat(go.name()).isEqualTo("sum.golang.org");
    assertThat(String.format("%08x", go.hash())).isEqualTo("033de0ae");
    assertThat(go.id()).isEqualTo(SumdbConfig.GO_KEY);
  }

  @Test
  void signingReproducesGosSignatureByteForByte() throws Exception {
    assertThat(NoteSigner.parse(PETER_SKEY, PETER).sign(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIG);
  }

  @Test
  void opensWithEitherKeyAndIgnoresTheOther() throws Exception {
    byte[] note = bytes(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
    assertThat(SignedNote.open(note, NoteVerifier.parse(PETER))).isEqualTo(TEXT);
    assertThat(SignedNote.open(note, NoteVerifier.parse(ENOCH))).isEqualTo(TEXT);
    // Reordered: a witness's line before ours changes nothing.
    assertThat(SignedNote.open(bytes(TEXT + "\n" + ENOCH_SIG + PETER_SIG), NoteVerifier.parse(PETER))).isEqualTo(TEXT);
    // The same line twice is harmless, as in cmd/go.
    assertThat(SignedNote.open(bytes(TEXT + "\n" + PETER_SIG + PETER_SIG), NoteVerifier.parse(PETER))).isEqualTo(TEXT);
  }

  @Test
  void anUnknownKeyIsNoVerifiableSignature() {
    assertThatThrownBy(() -> SignedNote.open(bytes(TEXT + "\n" + ENOCH_SIG), NoteVerifier.parse(PETER)))
        .hasMessageStartingWith("note has no verifiable signatures");
  }

  @Test
  void aTamperedSignatureIsInvalid() {
    String bad = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
    assertThatThrownBy(() -> SignedNote.open(bytes(TEXT + "\n" + bad), NoteVerifier.parse(PETER)))
        .hasMessage("invalid signature for key PeterNeumann+c74f20a3");
    // A valid line cannot rescue a second, different signature by the same key.
    assertThatThrownBy(() -> SignedNote.open(bytes(TEXT + "\n" + PETER_SIG + bad), NoteVerifier.parse(PETER)))
        .hasMessageContaining("two different signatures by key PeterNeumann+c74f20a3");
    // A signature over different text fails too.
    assertThatThrownBy(() -> SignedNote.open(bytes(TEXT.replace("answer", "Answer") + "\n" + PETER_SIG), NoteVerifier.parse(PETER)))
        .hasMessage("invalid signature for key PeterNeumann+c74f20a3");
  }

  @Test
  void malformedNotesAreRefused() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER);
    List<String> malformed = List.of(
        TEXT,
        TEXT + "\n",
        TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
        "\u0001" + TEXT + "\n" + PETER_SIG,
        TEXT + "\n" + PETER_SIG.replace("PeterNeumann", "Bad Name"),
        TEXT + "\n" + PETER_SIG + "trailing junk\n");
    for (String note : malformed) {
      assertThatThrownBy(() -> SignedNote.open(bytes(note), peter)).as(note).hasMessageStartingWith("malformed note");
    }
    byte[] invalidUtf8 = bytes("x" + TEXT + "\n" + PETER_SIG);
    invalidUtf8[0] = (byte) 0xff;
    assertThatThrownBy(() -> SignedNote.open(invalidUtf8, peter)).hasMessageStartingWith("malformed note");
    assertThatThrownBy(() -> SignedNote.open(bytes(TEXT + "\n" + PETER_SIG.repeat(101)), peter)).hasMessageStartingWith("malformed note");
  }

  @Test
  void everyDamagedVerifierKeyIsRejected() {
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < PETER.length(); i++) {
      for (int j = i + 1; j <= PETER.length(); j++) {
        if (j - i < PETER.length()) {
          bad.add(PETER.substring(i, j));
        }
      }
      bad.add(PETER.substring(0, i) + (char) (PETER.charAt(i) + 1) + PETER.substring(i + 1));
    }
    bad.add("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
    bad.add("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    for (String key : bad) {
      assertThatThrownBy(() -> NoteVerifier.parse(key)).as(key).isInstanceOf(NoteException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    "not-go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n",
    "go.sum database tree\n+12\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
  })
  void malformedTreeHeadsAreRefused(String text) {
    assertThatThrownBy(() -> TreeHead.parse(text)).isInstanceOf(NoteException.class);
  }

  @Test
  void treeHeadsFormatAndParseAsGoDoes() throws Exception {
    String expected = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n";
    TreeHead head = new TreeHead(123456789012L, Tlog.recordHash(bytes("hello world")));
    assertThat(head.format()).isEqualTo(expected);
    assertThat(TreeHead.parse(expected + "JOE\n".repeat(1000))).isEqualTo(head);
  }

  /** Hostile bytes: every mutation of a valid lookup answer either verifies or is a NoteException, never anything else. */
  @Test
  void mutatedAnswersNeverEscapeAsAnythingButNoteException() throws Exception {
    NoteVerifier peter = NoteVerifier.parse(PETER);
    byte[] valid = bytes("7\nexample.com/m v1.0.0 h1:abc=\n\n" + NoteSigner.parse(PETER_SKEY, PETER).sign("go.sum database tree\n9\n" + "A".repeat(43) + "=\n"));
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 5000; i++) {
      byte[] mutated = valid.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      if (random.nextInt(10) == 0) {
        mutated = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length));
      }
      try {
        LookupRecord record = LookupRecord.parse(mutated);
        TreeHead.parse(SignedNote.open(record.treeNote(), peter));
      } catch (NoteException expected) {
        // refused, as it should be
      }
    }
  }

  @Test
  void treeHeadsLargerThanAnyRealLogAreRefused() {
    String root = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeHead.parse("go.sum database tree\n" + (1L << 56) + "\n" + root + "\n"))
        .isInstanceOf(NoteException.class);
  }
}

package dev.goready.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.ExitCode;
import dev.goready.GoreadyException;
import dev.goready.testing.Fuzz;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz targets for what a server's answer says about the file: Content-Length, and the ETag or
 * Last-Modified a resume is made conditional on, read from the response and from {@code .part.json}.
 * A length is one number or the server's broken answer (exit 3); a validator is one a request can
 * carry back, or none, and then nothing is resumed.
 */
@Tag("fuzz")
class ResponseHeadersPropertiesTest {
  static final URI FROM = URI.create("https://dl.example/go1.22.5.linux-amd64.tar.gz");

  @Provide
  Arbitrary<List<String>> contentLengths() {
    return Fuzz.near("3600", "0", "-1", "+5", "5, 5", " 42 ", "9223372036854775807", "9223372036854775808", "abc", "00000000000000000017")
        .list().ofMaxSize(3);
  }

  /** Lines give one length, all of them the same number, or the answer is refused as exit 3. */
  @Property
  void contentLengthsAreOneNumberOrExit3(@ForAll("contentLengths") List<String> lines) {
    Optional<ContentLength> length = Fuzz.only(lines, () -> network(() -> ContentLength.parse(lines, FROM)));
    if (length != null) {
      assertThat(length.isEmpty()).as("%s", lines).isEqualTo(lines.isEmpty());
      length.ifPresent(l -> {
        assertThat(l.bytes()).isNotNegative();
        lines.forEach(line -> assertThat(Long.parseLong(line.strip())).isEqualTo(l.bytes()));
      });
    }
  }

  @Provide
  Arbitrary<List<String>> etags() {
    return Fuzz.near("\"v1\"", "W/\"v1\"", "\"67e1-5f0a\"", "\"\"", "abc", "\"a\", \"b\"", "\"é\"").list().ofMaxSize(2);
  }

  @Provide
  Arbitrary<List<String>> dates() {
    return Fuzz.near("Tue, 15 Nov 1994 08:12:31 GMT", "Tuesday, 15-Nov-94 08:12:31 GMT", "Tue Nov 15 08:12:31 1994").list().ofMaxSize(2);
  }

  /**
   * A validator is a strong tag or a date a request can send back as If-Range, reads back from the
   * state file as itself, and is confirmed by an answer that names it again; or there is none.
   */
  @Property
  void validatorsAreOnesARequestCanCarryOrNone(@ForAll("etags") List<String> etags, @ForAll("dates") List<String> dates) {
    Optional<ResumeValidator> validator = Fuzz.only(List.of(etags, dates), () -> ResumeValidator.from(etags, dates));
    if (validator == null || validator.isEmpty()) {
      return;
    }
    String value = validator.get().value();
    assertThat(value).as("%s %s", etags, dates).doesNotStartWith("W/").matches("\".*\"|\\w{3}, .* GMT");
    HttpRequest.newBuilder(FROM).header("If-Range", value); // throws on what a request cannot carry
    assertThat(ResumeValidator.parse(value)).contains(validator.get());
    String header = value.startsWith("\"") ? "ETag" : "Last-Modified";
    assertThat(validator.get().confirmedBy(headers(Map.of(header, List.of(value))))).isTrue();
    assertThat(validator.get().confirmedBy(headers(Map.of(header, List.of(value, value))))).as("named twice is not named once").isFalse();
  }

  @Provide
  Arbitrary<String> resumeStates() {
    return Fuzz.near(
        "{\"url\": \"https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz\", \"size\": 68958123, \"validator\": \"\\\"67e1-5f0a\\\"\"}",
        "{\"url\":\"https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.22.5.linux-amd64.zip\",\"size\":-1,\"validator\":\"Tue, 15 Nov 1994 08:12:31 GMT\"}",
        "{\"url\": \"https://x\", \"size\": 1}",
        "[]",
        "");
  }

  /** Whatever .part.json holds, it is a state that writes back as itself and whose validator a request can carry, or none. */
  @Property
  void resumeStatesReadBackOrAreNone(@ForAll("resumeStates") String json) {
    Optional<ResumeState> state = Fuzz.only(json, () -> ResumeState.read(json.getBytes(StandardCharsets.UTF_8)));
    if (state != null && state.isPresent()) {
      assertThat(ResumeState.read(state.get().toJson())).contains(state.get());
      HttpRequest.newBuilder(FROM).header("If-Range", state.get().validator().value());
    }
  }

  static HttpHeaders headers(Map<String, List<String>> lines) {
    return HttpHeaders.of(lines, (name, value) -> true);
  }

  /** The call, whose refusals must be the server's fault: exit 3. */
  static <T> T network(Fuzz.Call<T> call) throws Exception {
    try {
      return call.call();
    } catch (GoreadyException e) {
      assertThat(e.exitCode()).as(e.getMessage()).isIn(Set.of(ExitCode.NETWORK));
      throw e;
    }
  }
}

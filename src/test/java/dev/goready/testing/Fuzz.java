package dev.goready.testing;

import dev.goready.GoreadyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Inputs and the one property every parser of outside input must keep. Inputs are near-valid: real
 * samples mutated the way a broken mirror, a truncated download or an attacker would (flipped bytes,
 * cuts, control characters, huge numbers, deep nesting, repeated slices), plus some plain noise, so
 * the parser gets past its first check and into the code that matters. The property: it returns or
 * throws only what it documents, within a time limit, for every input.
 */
public final class Fuzz {
  /** Generous for a shared 2-core machine; every seed parses in microseconds. */
  private static final Duration LIMIT = Duration.ofSeconds(Long.getLong("fuzz.limitSeconds", 10));

  private static final int MAX_LENGTH = 1 << 18;

  private static final String[] TOKENS = {
    "\u0000", "\r", "\n", "\r\n", "\t", "\u001b[31m", "\u0007", "\u007f", "\u2028", "\u202e", "\ufeff",
    "\ud800", "\ud83d\ude00", "é", " ", "\"", "'", "\\", "/", "..", "../", "../../", "/etc/passwd", "C:\\",
    "=", ":", ";", "#", "[", "]", "{", "}", ",", "-", "+", "*", "%00", "%", "0", "-1", "00",
    "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "99999999999", "99999999999999999999999999", "1e999", "NaN", "0x10", "null", "true", "[]", "{}",
  };

  private static volatile ExecutorService worker = newWorker();

  private Fuzz() {}

  /** Mutations of the given samples (one to four edits each), with some samples verbatim and some noise. */
  public static Arbitrary<String> near(List<String> samples) {
    Arbitrary<String> mutated = Arbitraries.randomValue(random -> mutate(pick(samples, random), random));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(samples)),
        net.jqwik.api.Tuple.of(8, mutated),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
  }

  public static Arbitrary<String> near(String... samples) {
    return near(List.of(samples));
  }

  /** Byte-level mutations, for binary formats and for text read as bytes (invalid UTF-8 included). */
  public static Arbitrary<byte[]> nearBytes(List<byte[]> samples) {
    Arbitrary<byte[]> mutated = Arbitraries.randomValue(random -> mutateBytes(pick(samples, random), random));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(samples)),
        net.jqwik.api.Tuple.of(9, mutated));
  }

  private static <T> T pick(List<T> samples, Random random) {
    return samples.get(random.nextInt(samples.size()));
  }

  static String mutate(String sample, Random random) {
    StringBuilder s = new StringBuilder(sample);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      switch (random.nextInt(9)) {
        case 0 -> { // flip a character
          if (at < s.length()) {
            s.setCharAt(at, (char) (s.charAt(at) ^ (1 << random.nextInt(8))));
          }
        }
        case 1 -> s.setLength(at); // a cut-off download
        case 2, 3 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 4 -> { // a slice deleted
          int end = Math.min(s.length(), at + random.nextInt(64));
          s.delete(at, end);
        }
        case 5 -> { // a slice repeated, up to a huge line or file
          int end = Math.min(s.length(), at + 1 + random.nextInt(40));
          String slice = s.substring(at, end);
          s.insert(at, slice.repeat(1 + random.nextInt(random.nextBoolean() ? 4 : 2000)));
        }
        case 6 -> replaceNumber(s, random);
        case 7 -> { // deep nesting
          String open = random.nextBoolean() ? "[" : "{\"a\":";
          int depth = 100 + random.nextInt(5000);
          s.insert(at, open.repeat(depth));
        }
        default -> s.insert(at, (char) random.nextInt(0x20)); // a raw control character
      }
      if (s.length() > MAX_LENGTH) {
        s.setLength(MAX_LENGTH);
      }
    }
    return s.toString();
  }

  /** Replaces one run of digits with a number that overflows int or long, or is negative. */
  private static void replaceNumber(StringBuilder s, Random random) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      if (Character.isDigit(s.charAt(i))) {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        runs.add(new int[] {start, i});
      } else {
        i++;
      }
    }
    if (runs.isEmpty()) {
      return;
    }
    int[] run = runs.get(random.nextInt(runs.size()));
    String[] huge = {"2147483648", "9223372036854775808", "99999999999999999999", "-1", "0", "4294967296", "72057594037927936"};
    s.replace(run[0], run[1], huge[random.nextInt(huge.length)]);
  }

  static byte[] mutateBytes(byte[] sample, Random random) {
    byte[] b = sample;
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      switch (random.nextInt(6)) {
        case 0, 1 -> { // flipped bits, the commonest corruption
          if (b.length > 0) {
            b = b.clone();
            b[at] ^= (byte) (1 << random.nextInt(8));
          }
        }
        case 2 -> b = Arrays.copyOf(b, at); // truncated
        case 3 -> { // a random byte overwritten with an edge value
          if (b.length > 0) {
            b = b.clone();
            byte[] edges = {0, (byte) 0xff, 0x7f, (byte) 0x80, '\n', '/', '.'};
            b[at] = edges[random.nextInt(edges.length)];
          }
        }
        case 4 -> { // a slice of text-level mutation, for text read as bytes
          String text = new String(b, StandardCharsets.ISO_8859_1);
          b = mutate(text, random).getBytes(StandardCharsets.ISO_8859_1);
        }
        default -> { // bytes inserted
          byte[] extra = new byte[1 + random.nextInt(16)];
          random.nextBytes(extra);
          byte[] out = new byte[b.length + extra.length];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(extra, 0, out, at, extra.length);
          System.arraycopy(b, at, out, at + extra.length, b.length - at);
          b = out;
        }
      }
    }
    return b;
  }

  /** A call that may throw checked exceptions. */
  @FunctionalInterface
  public interface Call<T> {
    T call() throws Exception;
  }

  /**
   * Runs {@code call} on the input within the time limit; a {@link GoreadyException} with a message
   * and the listed exception types are its documented failures, anything else fails the property.
   * Returns the result, or null where a documented failure was thrown.
   */
  @SafeVarargs
  public static <T> T only(Object input, Call<T> call, Class<? extends Throwable>... documented) {
    Future<T> future = worker.submit(call::call);
    try {
      return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker(); // the stuck thread is abandoned; later tries get a fresh one
      throw new AssertionError("no answer within " + LIMIT.toSeconds() + " s for input " + show(input));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof GoreadyException g) {
        if (g.getMessage() == null || g.getMessage().isBlank()) {
          throw new AssertionError("GoreadyException without a message for input " + show(input), g);
        }
        return null;
      }
      for (Class<? extends Throwable> type : documented) {
        if (type.isInstance(thrown)) {
          return null;
        }
      }
      throw new AssertionError("undocumented " + thrown + " for input " + show(input), thrown);
    }
  }

  /** {@link #only} for calls that return nothing. */
  @SafeVarargs
  public static void run(Object input, ThrowingRunnable call, Class<? extends Throwable>... documented) {
    only(
        input,
        () -> {
          call.run();
          return Boolean.TRUE;
        },
        documented);
  }

  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  public static String show(Object input) {
    String text =
        input instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(input);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 2000; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
    }
    return "\"" + out + (text.length() > 2000 ? "...\" (" + text.length() + " chars)" : "\"");
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-target");
          t.setDaemon(true);
          return t;
        });
  }
}

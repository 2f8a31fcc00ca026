package dev.goready.wsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelLogTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "[    4.120000] nvidia: module verification failed: signature and/or required key missing - tainting kernel|UNSIGNED",
    "Nov 29 10:00:01 box kernel: zfs: module verification failed: signature and/or required key missing - tainting kernel|UNSIGNED",
    "[   12.000001] PKCS#7 signature not signed with a trusted key|REJECTED",
    "Loading of module with unavailable key is rejected|REJECTED",
    "[    3.3] Key was rejected by service|REJECTED",
    "[    2.0] mymod: signature verification failed|REJECTED",
    "[    1.5] ima: No TPM chip found, activating TPM-bypass!|IMA_NOTICE",
    "[   88.1] audit: type=1800 audit(1700000000.123:45): pid=900 uid=0 auid=0 ses=1 op=appraise_data cause=invalid-signature comm=\"bash\" name=\"/usr/bin/x\" dev=\"sda\" ino=12 res=0 errno=0 integrity: appraise|IMA_DENIED",
    "[   90.0] ima: appraise denied: /usr/local/bin/tool|IMA_DENIED",
  })
  void classifiesRealLines(String line, KernelLog.Kind expected) {
    assertThat(KernelLog.kindOf(KernelLog.message(line).toLowerCase(java.util.Locale.ROOT))).isEqualTo(expected);
  }

  @Test
  void ordinaryLinesAreNotFindings() {
    assertThat(KernelLog.kindOf("hv_utils: registering hyperv utility driver")).isNull();
    assertThat(KernelLog.message("[    0.000000] Linux version 6.6")).isEqualTo("Linux version 6.6");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "[    4.120000] nvidia: module verification failed: signature and/or required key missing - tainting kernel|UNSIGNED|nvidia",
    "[    2.0] vboxdrv: signature verification failed|REJECTED|vboxdrv",
    "[   12.000001] PKCS#7 signature not signed with a trusted key|REJECTED|",
    "Loading of module with unavailable key is rejected|REJECTED|",
    "[   88.1] audit: type=1800 audit(1700000000.123:45): pid=900 uid=0 auid=0 ses=1 op=appraise_data cause=invalid-signature comm=\"bash\" name=\"/usr/bin/x\" dev=\"sda\" ino=12 res=0 errno=0|IMA_DENIED|/usr/bin/x",
    "[   90.0] ima: appraise denied: /usr/local/bin/tool|IMA_DENIED|/usr/local/bin/tool",
  })
  void findingsNameTheModuleOrFile(String line, KernelLog.Kind kind, String subject) {
    assertThat(KernelLog.subject(KernelLog.message(line), kind)).isEqualTo(java.util.Optional.ofNullable(subject));
  }

  @Test
  void aSummaryKeepsTheFirstNamesOnly() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      log.append("[1.0] mod").append(i % 20).append(": module verification failed: signature and/or required key missing\n");
    }
    KernelLog.Summary summary = KernelLog.classify(new BufferedReader(new StringReader(log.toString())));
    assertThat(summary.count(KernelLog.Kind.UNSIGNED)).isEqualTo(50);
    assertThat(summary.subjects(KernelLog.Kind.UNSIGNED)).hasSize(KernelLog.SUBJECTS).startsWith("mod0", "mod1");
  }

  @Test
  void aRejectedSignatureOutranksAnUnsignedModule() throws IOException {
    KernelLog.Summary summary = KernelLog.classify(new BufferedReader(new StringReader(
        "[1.0] a: module verification failed: signature and/or required key missing\n[2.0] PKCS#7 signature not signed with a trusted key\n")));
    assertThat(summary.blocking()).isTrue();
    assertThat(summary.count(KernelLog.Kind.UNSIGNED)).isEqualTo(1);
  }

  /** 256 MiB of log, generated as it is read: the classifier must stream, keeping counts and three examples only. */
  @Test
  void streamsALogFarLargerThanItKeeps() throws IOException {
    byte[] line = "[  123.456789] eth0: link up, 1000 Mbps, full duplex, flow control rx/tx (a fairly typical line)\n".getBytes(StandardCharsets.UTF_8);
    byte[] unsigned = "[  124.000000] out: module verification failed: signature and/or required key missing - tainting kernel\n".getBytes(StandardCharsets.UTF_8);
    long total = 256L << 20;
    InputStream generated = new InputStream() {
      long produced;
      int lineNo;
      int pos;
      byte[] current = line;

      @Override
      public int read() {
        if (produced >= total) {
          return -1;
        }
        if (pos == current.length) {
          pos = 0;
          current = (++lineNo % 100_000 == 0) ? unsigned : line;
        }
        produced++;
        return current[pos++];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    KernelLog.Summary summary = KernelLog.classify(new BufferedReader(new InputStreamReader(generated, StandardCharsets.UTF_8)));
    assertThat(summary.lines()).isGreaterThan(2_500_000L);
    assertThat(summary.count(KernelLog.Kind.UNSIGNED)).isGreaterThan(20);
    assertThat(summary.examples(KernelLog.Kind.UNSIGNED)).hasSize(KernelLog.EXAMPLES);
  }
}

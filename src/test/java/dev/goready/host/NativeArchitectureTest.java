package dev.goready.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.release.Platform;
import dev.goready.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NativeArchitectureTest {

  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource({
    // An x64 JVM emulated on Windows ARM64 reports amd64 everywhere but IsWow64Process2.
    "windows-11-arm64-x64-jvm, windows, arm64",
    // Without the API, the machine-wide registry value still tells the truth.
    "windows-11-arm64-without-api, windows, arm64",
    "windows-11-x64, windows, amd64",
    // A 32-bit JVM on 64-bit Windows: PROCESSOR_ARCHITEW6432 names the machine.
    "windows-x86-jvm-on-x64, windows, amd64",
    // An x86_64 JVM under Rosetta 2 on Apple silicon.
    "macos-rosetta, darwin, arm64",
    "macos-intel, darwin, amd64",
    "wsl2-ubuntu-arm64, linux, arm64",
    "raspberry-pi-armv7, linux, armv6l",
    // Linux 6.1 and later: /proc/sys/kernel/arch answers without running uname.
    "linux-6.6-arm64-no-uname, linux, arm64",
  })
  void picksTheNativePlatform(String fixture, String goos, String goarch) {
    Host host = Fixtures.host(fixture);
    assertThat(new Platform(host.os().goos(), host.nativeGoarch())).isEqualTo(new Platform(goos, goarch));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"x86_64, amd64", "AMD64, amd64", "aarch64, arm64", "ARM64, arm64", "i686, 386", "armv7l, armv6l", "loongarch64, loong64", "ppc64le, ppc64le", "s390x, s390x"})
  void mapsEveryNameForAnArchitecture(String name, String goarch) {
    assertThat(NativeArchitecture.fromName(name)).hasValue(goarch);
  }
}

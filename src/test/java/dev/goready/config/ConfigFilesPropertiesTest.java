package dev.goready.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goready.host.IniFile;
import dev.goready.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for the user's own files goready edits: startup files and their encodings, go's env file, wsl.conf and .wslconfig. */
@Tag("fuzz")
class ConfigFilesPropertiesTest {
  private static final List<String> BODY = List.of(
      "export GOROOT=\"$HOME/.goready/current\"",
      "export PATH=\"$HOME/.goready/current/bin:$PATH\"");

  @Provide
  Arbitrary<String> startupFiles() {
    return Fuzz.near(
        "# ~/.bashrc\n[ -z \"$PS1\" ] && return\nalias ll='ls -l'\nexport EDITOR=vim\n",
        "# ~/.profile\r\nif [ -n \"$BASH_VERSION\" ]; then\r\n  . \"$HOME/.bashrc\"\r\nfi\r\n",
        "export PATH=$HOME/bin:$PATH",
        "export EDITOR=vi\r",
        "alias g=git\n" + ManagedBlock.BEGIN + "\nexport GOROOT=/old\n" + ManagedBlock.END + "\nalias h=history\n",
        "");
  }

  @Provide
  Arbitrary<String> eols() {
    return Arbitraries.of("\n", "\r\n");
  }

  /** Installing then removing goready's block gives back the file's exact text; installing twice changes nothing. */
  @Property
  void managedBlocksRoundTrip(@ForAll("startupFiles") String text, @ForAll("eols") String eol) {
    Optional<String> withoutBefore = Fuzz.only(text, () -> ManagedBlock.remove(text, "~/.bashrc"));
    Optional<String> installed = Fuzz.only(text, () -> ManagedBlock.install(text, BODY, eol, "~/.bashrc"));
    if (installed == null || withoutBefore == null) {
      return; // a broken block: refused, touching nothing
    }
    String after = installed.orElse(text);
    assertThat(ManagedBlock.install(after, BODY, eol, "~/.bashrc")).isEmpty();
    assertThat(ManagedBlock.remove(after, "~/.bashrc")).contains(withoutBefore.orElse(text));
  }

  @Provide
  Arbitrary<String> goEnvFiles() {
    return Fuzz.near(
        "GOPROXY=https://proxy.golang.org,direct\nGOTOOLCHAIN=local\n",
        "# written by go env -w\nGOPATH=/home/user/go\nGOFLAGS=-mod=mod\nGOPRIVATE=*.corp.example\n",
        "GOSUMDB=off\r\nGONOSUMDB=example.com\r\n",
        "GOPROXY=direct");
  }

  /** Setting then unsetting keys leaves every other setting as it was. */
  @Property
  void goEnvFilesKeepUnrelatedSettings(@ForAll("goEnvFiles") String text) {
    Map<String, Optional<String>> set = new LinkedHashMap<>();
    set.put("GOTOOLCHAIN", Optional.of("go1.22.5"));
    set.put("GOROOT_FINAL", Optional.of("/opt/go"));
    Map<String, Optional<String>> unset = new LinkedHashMap<>();
    set.keySet().forEach(k -> unset.put(k, Optional.empty()));
    Map<String, String> before = Fuzz.only(text, () -> GoEnvFile.parse(text));
    String applied = Fuzz.only(text, () -> GoEnvFile.apply(text, set));
    assertThat(GoEnvFile.apply(applied, set)).isEqualTo(applied);
    Map<String, String> expected = new LinkedHashMap<>(before);
    expected.putAll(Map.of("GOTOOLCHAIN", "go1.22.5", "GOROOT_FINAL", "/opt/go"));
    assertThat(GoEnvFile.parse(applied)).isEqualTo(expected);
    String removed = GoEnvFile.apply(applied, unset);
    expected.keySet().removeAll(set.keySet());
    assertThat(GoEnvFile.parse(removed)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> iniFiles() {
    return Fuzz.near(
        "[boot]\nsystemd=true\n\n[interop]\nappendWindowsPath = false # keep PATH short\n",
        "[wsl2]\r\nmemory=8GB\r\nprocessors=4\r\n; comment\r\nnetworkingMode=mirrored\r\n",
        "[automount]\nenabled = true\noptions = \"metadata,umask=22,fmask=11\"\n[network]\nhostname = dev\n",
        "");
  }

  /** Setting a key twice is setting it once; whatever the file holds, parsing it answers. */
  @Property
  void iniFilesAreEditedIdempotently(@ForAll("iniFiles") String text, @ForAll("eols") String eol) {
    Fuzz.only(text, () -> IniFile.parse(text));
    String once = Fuzz.only(text, () -> IniEdit.set(text, "interop", "appendWindowsPath", "false", eol));
    assertThat(IniEdit.set(once, "interop", "appendWindowsPath", "false", eol)).isEqualTo(once);
    IniFile.parse(once);
  }

  @Provide
  Arbitrary<String> goEnvValues() {
    return Fuzz.near("https://proxy.golang.org,direct", "/home/user/go", "C:\\Users\\ann\\go", "go1.22.5+auto", "local", "");
  }

  /** Whatever value the user hands goready env, it is accepted or refused as go env -w would. */
  @Property
  void goEnvValuesAreCheckedLikeGoEnvW(@ForAll("goEnvValues") String value) {
    for (String key : List.of("GOPROXY", "GOPATH", "GOTOOLCHAIN", "GOVERSION", "GOENV", "goflags")) {
      Fuzz.run(value, () -> GoEnvFile.check(key, value));
    }
  }

  @Provide
  Arbitrary<byte[]> profileBytes() {
    String profile = "# profile.ps1\r\n$env:GOROOT = \"C:\\Go\"\r\nWrite-Host \"café\"\r\n";
    return Fuzz.nearBytes(List.of(
        "# ~/.bashrc\nexport EDITOR=vim\n".getBytes(StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, profile.getBytes(StandardCharsets.UTF_8)),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, profile.getBytes(StandardCharsets.UTF_16LE)),
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, profile.getBytes(StandardCharsets.UTF_16BE)),
        "export NAME=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** Whatever a profile's bytes (any BOM, broken UTF-8 or UTF-16), decoding and encoding them again gives them back. */
  @Property
  void profileBytesRoundTrip(@ForAll("profileBytes") byte[] bytes) {
    TextFormat.Decoded decoded = Fuzz.only(bytes, () -> TextFormat.decode(bytes, "\n"));
    assertThat(decoded.format().encode(decoded.text())).as("%s", Fuzz.show(bytes)).isEqualTo(bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

package dev.goready.verify.sumdb;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what GOSUMDB and a checksum database mirror hand the sumdb package. */
@Tag("fuzz")
class SumdbPropertiesTest {
  @Provide
  Arbitrary<String> gosumdbs() {
    return Fuzz.near(
        "sum.golang.org",
        "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ikz2Kf1RkmK5Pw4+A5SEAzfkS6 https://sum.golang.google.cn",
        "off",
        "sum.golang.org https://goproxy.corp.example/sumdb/sum.golang.org");
  }

  @Property
  void gosumdbParsesOrIsAUsageError(@ForAll("gosumdbs") String value) {
    Fuzz.only(value, () -> SumdbConfig.parse(value, "GOSUMDB"));
  }

  @Provide
  Arbitrary<String> tilePaths() {
    return Fuzz.near("tile/8/0/001", "tile/8/1/x001/234.p/17", "tile/8/data/000", "tile/8/0/x123/x456/789");
  }

  @Property
  void tileAddressesParseOrAreANoteError(@ForAll("tilePaths") String path) {
    Fuzz.only(path, () -> TileAddress.parse(path), NoteException.class);
  }
}

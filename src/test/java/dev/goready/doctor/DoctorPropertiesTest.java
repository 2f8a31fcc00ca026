package dev.goready.doctor;

import dev.goready.testing.Fuzz;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz targets for what a Go on the machine prints to doctor: `go env -json`. */
@Tag("fuzz")
class DoctorPropertiesTest {
  @Provide
  Arbitrary<String> goEnvJsons() {
    return Fuzz.near(
        "{\n\t\"AR\": \"ar\",\n\t\"CGO_ENABLED\": \"1\",\n\t\"GOARCH\": \"amd64\",\n\t\"GOPATH\": \"/home/user/go\",\n"
            + "\t\"GOPROXY\": \"https://proxy.golang.org,direct\",\n\t\"GOROOT\": \"/home/user/.goready/current\",\n"
            + "\t\"GOTOOLCHAIN\": \"auto\",\n\t\"GOVERSION\": \"go1.22.5\",\n\t\"GOFLAGS\": \"\"\n}\n",
        "{\"GOROOT\":\"C:\\\\Program Files\\\\Go\",\"GOOS\":\"windows\",\"GOEXE\":\".exe\"}",
        "{}");
  }

  @Property
  void goEnvJsonParsesOrIsEmpty(@ForAll("goEnvJsons") String json) {
    Fuzz.only(
        json,
        () -> GoEnvironment.parse("/usr/local/go/bin/go", json).map(env -> env.get("GOROOT").orElse("") + env.get("GOPATH")));
  }
}

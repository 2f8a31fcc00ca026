package dev.goready.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RemoteListingTest {

  @Test
  void byDefaultListsStableReleasesOfTheTwoSupportedLines() throws IOException {
    assertThat(RemoteListing.select(ReleaseIndexTest.sample(), new Platform("linux", "amd64"), false))
        .extracting(Release::version)
        .containsExactly("go1.22.5", "go1.22.4", "go1.21.12", "go1.21.0");
  }

  @Test
  void allAddsUnstableAndArchivedReleases() throws IOException {
    assertThat(RemoteListing.select(ReleaseIndexTest.sample(), new Platform("linux", "amd64"), true))
        .extracting(Release::version)
        .containsExactly("go1.23rc1", "go1.22.5", "go1.22.4", "go1.21.12", "go1.21.0", "go1.21rc2", "go1.20", "go1.4.3");
  }

  @Test
  void onlyReleasesWithAnArchiveForThePlatform() throws IOException {
    assertThat(RemoteListing.select(ReleaseIndexTest.sample(), new Platform("windows", "arm64"), true))
        .extracting(Release::version)
        .containsExactly("go1.22.5");
  }
}

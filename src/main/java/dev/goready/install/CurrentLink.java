package dev.goready.install;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Switches {@code GOREADY_HOME/current} to a toolchain so that a reader always sees either the old
 * toolchain or the new one, never nothing. Unix swaps a symlink by rename; Windows uses a directory
 * junction, which needs no admin rights or developer mode.
 */
public interface CurrentLink {

  void pointAt(Path current, Path toolchain) throws IOException;

  /** Finishes or undoes a switch that a crash interrupted. */
  void recover(Path current) throws IOException;
}

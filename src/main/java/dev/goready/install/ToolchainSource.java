package dev.goready.install;

/**
 * Where a toolchain comes from, one strategy each: go.dev's archives by the release index, the
 * golang.org/toolchain module from GOPROXY, or go.dev's signed MSI. The install service chooses one
 * and runs it under the store lock.
 */
public interface ToolchainSource {
  InstallOutcome install(InstallRequest request);
}

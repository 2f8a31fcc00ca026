package dev.goready.install;

import dev.goready.release.Platform;
import dev.goready.release.Selector;

/**
 * What `goready install` was asked for, after parsing. {@code makeCurrent}: switch the user's default
 * (current) to it; when false, current is switched only if there is none yet, so a project's pin
 * installs beside the default instead of replacing it.
 */
public record InstallRequest(Selector selector, Platform platform, boolean allowPrerelease, boolean allowUnverified, boolean makeCurrent) {}

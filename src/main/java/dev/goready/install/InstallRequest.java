package dev.goready.install;

import dev.goready.release.Platform;
import dev.goready.release.Selector;

/** What `goready install` was asked for, after parsing. */
public record InstallRequest(Selector selector, Platform platform, boolean allowPrerelease, boolean allowUnverified) {}

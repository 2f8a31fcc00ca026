package dev.goready.host;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One planned change to one file: its bytes before (empty: the file does not exist) and after
 * (empty: delete it). {@code usersFile}: a user's file (a profile, Go's env file) that goready changes
 * for the first time, backed up (once) before; later changes, removals and goready's own files are not.
 * Planning is pure; {@link FileEditor} applies it.
 */
public record FileEdit(Path path, Optional<byte[]> before, Optional<byte[]> after, String why, boolean usersFile) {}

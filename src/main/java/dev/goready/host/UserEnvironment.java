package dev.goready.host;

import java.util.Optional;

/**
 * The Windows user environment (HKCU\Environment), what cmd and everything started from Explorer
 * read. Values are raw (unexpanded) with their type, so REG_EXPAND_SZ survives an edit. Never setx
 * (cuts at 1024 characters) and never .NET's SetEnvironmentVariable (expands %VAR% for good).
 */
public interface UserEnvironment {
  enum Type {
    REG_SZ,
    REG_EXPAND_SZ,
    OTHER
  }

  record Value(String data, Type type) {}

  Optional<Value> read(String name);

  void write(String name, Value value);

  void delete(String name);

  /** WM_SETTINGCHANGE "Environment", so new terminals see the change without a logoff. */
  void broadcastChange();
}

package dev.goready.testing;

import dev.goready.host.UserEnvironment;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HKCU\Environment in a map, counting broadcasts, for the tests of everything around the registry. */
public final class InMemoryUserEnvironment implements UserEnvironment {
  public final Map<String, Value> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  public int broadcasts;

  @Override
  public Optional<Value> read(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public void write(String name, Value value) {
    values.put(name, value);
  }

  @Override
  public void delete(String name) {
    values.remove(name);
  }

  @Override
  public void broadcastChange() {
    broadcasts++;
  }
}

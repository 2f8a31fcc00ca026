package dev.goready.soak;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a long run's cycles in memory at a few bytes per test per cycle. Each cycle read from `go
 * test -json` carries its own copy of every test's name in two hash maps (about 150 bytes a test):
 * 3,000 cycles of a 1,000-test suite would hold 450 MB. Here every name is stored once for the whole
 * run, and a cycle keeps an index, an outcome byte and a double duration per test; the maps it hands
 * out are read-only views that compare equal to the originals.
 */
final class CompactCycles {
  private static final List<String> OUTCOMES = List.of("pass", "fail", "skip");
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Set<String> failuresShown = new HashSet<>();

  /**
   * The same cycle, its per-test maps and GC pauses held compactly. The report shows the first output of
   * each failure, so only a test's first failure (and a failed build's first, per set of packages) keeps
   * its lines: a test failing in every cycle would otherwise hold its output thousands of times.
   */
  CycleResult compact(CycleResult c) {
    Map<String, List<String>> firstFailures = new HashMap<>();
    c.failureOutput().forEach((test, lines) -> {
      if (failuresShown.add(test)) {
        firstFailures.put(test, lines);
      }
    });
    boolean newBuildFailure = !c.buildOutput().isEmpty() && failuresShown.add("build\0" + String.join(" ", c.failedBuilds()));
    return new CycleResult(c.cycle(), c.startEpochMillis(), c.buildSeconds(), c.buildExit(), c.testSeconds(), c.testExit(), c.timedOut(),
        List.copyOf(c.failedBuilds()), outcomes(c.outcomes()), times(c.testTimes()), c.peakRssBytes(), c.meanRssBytes(), c.cpuSeconds(), c.ioWaitSeconds(),
        doubles(c.gcPausesMs()), c.peakHeapMb(), c.networkFailures(), c.moduleFetches(), firstFailures,
        newBuildFailure ? c.buildOutput() : List.of());
  }

  private int id(String name) {
    return ids.computeIfAbsent(name, n -> {
      names.add(n);
      return names.size() - 1;
    });
  }

  private Map<String, String> outcomes(Map<String, String> outcomes) {
    int[] keys = new int[outcomes.size()];
    byte[] values = new byte[outcomes.size()];
    String[] other = null; // an outcome that is none of the three, kept verbatim (never seen from go test)
    int i = 0;
    for (Map.Entry<String, String> e : outcomes.entrySet()) {
      keys[i] = id(e.getKey());
      int code = OUTCOMES.indexOf(e.getValue());
      if (code < 0) {
        other = other == null ? new String[keys.length] : other;
        other[i] = e.getValue();
      }
      values[i++] = (byte) code;
    }
    String[] unusual = other;
    return new View<>(keys, n -> values[n] >= 0 ? OUTCOMES.get(values[n]) : unusual[n]);
  }

  private Map<String, Double> times(Map<String, Double> times) {
    int[] keys = new int[times.size()];
    double[] values = new double[times.size()];
    int i = 0;
    for (Map.Entry<String, Double> e : times.entrySet()) {
      keys[i] = id(e.getKey());
      values[i++] = e.getValue();
    }
    return new View<>(keys, n -> values[n]);
  }

  private static List<Double> doubles(List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    return new AbstractList<>() {
      @Override
      public Double get(int index) {
        return values[index];
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }

  /** A read-only map over shared names and one cycle's values, iterated in insertion order. */
  private final class View<V> extends AbstractMap<String, V> {
    private final int[] keys;
    private final java.util.function.IntFunction<V> value;

    View(int[] keys, java.util.function.IntFunction<V> value) {
      this.keys = keys;
      this.value = value;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            public Entry<String, V> next() {
              if (!hasNext()) {
                throw new java.util.NoSuchElementException();
              }
              int at = next++;
              return new SimpleImmutableEntry<>(names.get(keys[at]), value.apply(at));
            }
          };
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
  }
}

package dev.goready.doctor;

import java.util.function.Supplier;

/** A fact several checks share, computed once by whichever check asks first, safely across threads. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = compute.get();
          value = result;
        }
      }
    }
    return result;
  }
}

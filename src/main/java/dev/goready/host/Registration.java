package dev.goready.host;

/** Something registered with the machine (an interrupt action); closing withdraws it, and never fails. */
public interface Registration extends AutoCloseable {
  @Override
  void close();
}

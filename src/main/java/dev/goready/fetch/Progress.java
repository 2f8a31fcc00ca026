package dev.goready.fetch;

/** Receives download progress; the terminal bar and silence are the two implementations. */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void update(long done, long total) {}

    @Override
    public void finish() {}
  };

  /** {@code total} is -1 when unknown. */
  void update(long done, long total);

  void finish();
}

package dev.goready.verify.sumdb;

/** A signed note or tree head that does not parse or does not verify; the message is Go's wording. */
public final class NoteException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoteException(String message) {
    super(message);
  }
}

package dev.goready.verify.sumdb;


/**
 * A tile of the log: W consecutive hashes at tree level H*L starting at N*2^H (L = -1: record data).
 * Its path is {@code tile/H/L/NNN[.p/W]}, N written in 3-digit groups of which all but the last
 * carry an "x" prefix, so that no directory holds more than 1000 entries.
 */
public record TileAddress(int height, int level, long index, int width) {

  public String path() {
    StringBuilder n = new StringBuilder(String.format("%03d", index % 1000));
    for (long rest = index / 1000; rest > 0; rest /= 1000) {
      n.insert(0, String.format("x%03d/", rest % 1000));
    }
    String path = "tile/" + height + "/" + (level == -1 ? "data" : Integer.toString(level)) + "/" + n;
    return width < (1 << height) ? path + ".p/" + width : path;
  }

  public boolean full() {
    return width == 1 << height;
  }

  /** The inverse of {@link #path()}; only canonical paths parse. */
  public static TileAddress parse(String path) throws NoteException {
    String[] parts = path.split("/", -1);
    if (parts.length < 4 || !parts[0].equals("tile")) {
      throw new NoteException("malformed tile path " + path);
    }
    try {
      int height = Integer.parseInt(parts[1]);
      int level = parts[2].equals("data") ? -1 : Integer.parseInt(parts[2]);
      int last = parts.length - 1;
      int width = 1 << Math.min(Math.max(height, 0), 30);
      if (last >= 4 && parts[last - 1].endsWith(".p")) {
        width = Integer.parseInt(parts[last]);
        parts[last - 1] = parts[last - 1].substring(0, parts[last - 1].length() - 2);
        last--;
      }
      long index = 0;
      for (int i = 3; i <= last; i++) {
        String group = parts[i].startsWith("x") && i < last ? parts[i].substring(1) : parts[i];
        index = index * 1000 + Integer.parseInt(group);
      }
      if (height < 1 || height > 30 || level < -1 || level > 63 || width <= 0 || width > 1 << height) {
        throw new NoteException("malformed tile path " + path);
      }
      TileAddress tile = new TileAddress(height, level, index, width);
      if (!tile.path().equals(path)) {
        throw new NoteException("malformed tile path " + path);
      }
      return tile;
    } catch (NumberFormatException e) {
      throw new NoteException("malformed tile path " + path);
    }
  }
}

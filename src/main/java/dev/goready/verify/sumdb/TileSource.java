package dev.goready.verify.sumdb;


/** Where tiles come from; a tile that is not there answers empty rather than failing. */
public interface TileSource {
  /** The tile's bytes, or null when the server has no such tile (404/410). */
  byte[] read(TileAddress tile);
}

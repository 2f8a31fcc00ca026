package dev.goready.host;

/**
 * How a live host sends an {@link HttpGet}. The client that goes through HTTPS_PROXY and the company
 * CA is fetch's, and host depends on nothing but the root package, so the door is handed in by the
 * composition root ({@link NetworkedHost}) instead of being built here. Recording and replay stay in
 * host like every other probe: {@link RecordingHost} keeps each answer, {@link SnapshotWriter} writes
 * it to network.json, {@link FixtureHost} answers from it, and a host with no door (a replay that did
 * not record the URL) says it cannot tell.
 */
@FunctionalInterface
public interface HttpDoor {
  HttpAnswer get(HttpGet request);
}

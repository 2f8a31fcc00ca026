package dev.goready.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP server on 127.0.0.1 that serves files with ETag and Range support, and fails on
 * demand: each request to a path takes the next queued {@link Fault} (none once the queue is empty).
 */
public final class FaultyServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /** What the next request to a path gets instead of (or on top of) a normal answer. */
  public sealed interface Fault {
    record Status(int code) implements Fault {}

    /** Sends the full length header, then only {@code bytes} bytes, then drops the connection. */
    record DropAfter(long bytes) implements Fault {}

    /** Sends {@code bytes} bytes, then goes silent for {@code pause} before dropping. */
    record StallAfter(long bytes, Duration pause) implements Fault {}

    /** Answers a Range request with the whole file and 200, as servers without Range support do. */
    record IgnoreRange() implements Fault {}

    /** Sends the body {@code chunk} bytes at a time with {@code pause} between: alive, but too slow. */
    record Trickle(int chunk, Duration pause) implements Fault {}

    /** Answers 302 with this Location. */
    record Redirect(String location) implements Fault {}
  }

  public record Request(String path, String range, String ifRange) {}

  private record Resource(byte[] body, String etag) {}

  private final HttpServer server;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> basicAuth = new ConcurrentHashMap<>();

  public FaultyServer() throws IOException {
    this(null);
  }

  /** With a TLS context the server speaks HTTPS, as a mirror behind corporate TLS would. */
  public FaultyServer(SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 0);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().unstarted(r)));
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public FaultyServer serve(String path, byte[] body) {
    resources.put(path, new Resource(body, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\""));
    return this;
  }

  /** Paths under {@code prefix} answer 401 (Basic) unless the request carries these credentials. */
  public FaultyServer requireBasicAuth(String prefix, String user, String password) {
    basicAuth.put(prefix, "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return this;
  }

  public FaultyServer fail(String path, Fault... next) {
    faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(next));
    return this;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public long requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String range = exchange.getRequestHeaders().getFirst("Range");
      String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
      requests.add(new Request(path, range, ifRange));
      for (Map.Entry<String, String> auth : basicAuth.entrySet()) {
        if (path.startsWith(auth.getKey()) && !auth.getValue().equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
          exchange.sendResponseHeaders(401, -1);
          return;
        }
      }
      Deque<Fault> queue = faults.get(path);
      Fault fault = queue == null ? null : queue.pollFirst();
      Resource resource = resources.get(path);
      if (fault instanceof Fault.Status status) {
        exchange.sendResponseHeaders(status.code(), -1);
        return;
      }
      if (fault instanceof Fault.Redirect redirect) {
        exchange.getResponseHeaders().add("Location", redirect.location());
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      if (resource == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().add("ETag", resource.etag());
      exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
      long start = 0;
      Matcher m = range == null ? null : RANGE.matcher(range);
      boolean rangeHonoured =
          m != null && m.matches() && !(fault instanceof Fault.IgnoreRange) && (ifRange == null || ifRange.equals(resource.etag()));
      if (rangeHonoured) {
        start = Long.parseLong(m.group(1));
        if (start >= resource.body().length) {
          exchange.getResponseHeaders().add("Content-Range", "bytes */" + resource.body().length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        exchange.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + (resource.body().length - 1) + "/" + resource.body().length);
      }
      long length = resource.body().length - start;
      exchange.sendResponseHeaders(rangeHonoured ? 206 : 200, length);
      OutputStream out = exchange.getResponseBody();
      long limit = switch (fault) {
        case Fault.DropAfter drop -> Math.min(length, drop.bytes());
        case Fault.StallAfter stall -> Math.min(length, stall.bytes());
        case null, default -> length;
      };
      if (fault instanceof Fault.Trickle trickle) {
        for (long at = start; at < start + limit; at += trickle.chunk()) {
          out.write(resource.body(), (int) at, (int) Math.min(trickle.chunk(), start + limit - at));
          out.flush();
          sleep(trickle.pause());
        }
        return;
      }
      out.write(resource.body(), (int) start, (int) limit);
      out.flush();
      if (fault instanceof Fault.StallAfter stall) {
        sleep(stall.pause());
      }
      if (limit < length) {
        // Fewer bytes than promised: closing now makes the server drop the connection mid-body.
        throw new IOException("fault injected: connection dropped after " + limit + " bytes");
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

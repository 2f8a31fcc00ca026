package dev.goready.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A CONNECT proxy on 127.0.0.1 that demands Basic credentials (407 first, like a corporate proxy)
 * and tunnels every host to one loopback port, so a made-up name like mirror.test reaches the test
 * server without DNS. Records what it was asked.
 */
public final class TestProxy implements AutoCloseable {
  private final LoopbackListener listener;
  private final String expectedAuthorization;
  private final int targetPort;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  public TestProxy(String user, String password, int targetPort) throws IOException {
    this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.targetPort = targetPort;
    this.listener = new LoopbackListener(this::serve);
  }

  public int port() {
    return listener.port();
  }

  /** "CONNECT host:port auth=yes|no" per request. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve(Socket client) {
    try (client) {
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = client.getOutputStream();
      while (true) {
        String requestLine = in.readLine();
        if (requestLine == null) {
          return;
        }
        String authorization = null;
        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
          if (header.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
            authorization = header.substring(header.indexOf(':') + 1).trim();
          }
        }
        boolean authorized = expectedAuthorization.equals(authorization);
        requests.add(requestLine.replaceFirst(" HTTP/.*", "") + " auth=" + (authorized ? "yes" : "no"));
        if (!authorized) {
          out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
              + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          continue; // the client may retry on the same connection
        }
        if (!requestLine.startsWith("CONNECT ")) {
          out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          return;
        }
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
          out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          Thread pump = Thread.ofPlatform().daemon().start(() -> copy(client, upstream));
          copy(upstream, client);
          pump.join(1000);
        }
        return;
      }
    } catch (IOException | InterruptedException e) {
      // a test proxy: the client sees the broken connection
    }
  }

  private static void copy(Socket from, Socket to) {
    try {
      InputStream in = from.getInputStream();
      in.transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException e) {
      // one side closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}

package dev.goready.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A server on 127.0.0.1 that answers each request with exactly the bytes it is given, head and body,
 * then closes the connection: the broken server FaultyServer's well-behaved one cannot be (a
 * Content-Length of "abc", two ETags, a 206 under another tag). Records every request's head.
 */
public final class RawHttpServer implements AutoCloseable {
  private final LoopbackListener listener;
  private final Function<String, byte[]> answer;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  /** {@code answer} maps a request's head (request line and header lines) to the whole response. */
  public RawHttpServer(Function<String, byte[]> answer) throws IOException {
    this.answer = answer;
    this.listener = new LoopbackListener(this::serve);
  }

  /** A response of this head (status line and header lines, without the blank line) and body. */
  public static byte[] response(String head, byte[] body) {
    byte[] start = (head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = java.util.Arrays.copyOf(start, start.length + body.length);
    System.arraycopy(body, 0, out, start.length, body.length);
    return out;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + listener.port() + path);
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve(Socket client) {
    try (client) {
      String head = readHead(client.getInputStream());
      requests.add(head);
      client.getOutputStream().write(answer.apply(head));
      client.getOutputStream().flush();
      client.shutdownOutput();
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    for (int c; head.size() < 65536 && (c = in.read()) != -1; ) {
      head.write(c);
      if (c == '\n' && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1).strip();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}

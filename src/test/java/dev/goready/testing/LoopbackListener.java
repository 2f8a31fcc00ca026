package dev.goready.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/** A TCP port on 127.0.0.1 that hands each connection, on its own daemon thread, to a handler: the socket part of the raw test servers. */
final class LoopbackListener implements AutoCloseable {
  private final ServerSocket socket;

  LoopbackListener(Consumer<Socket> handler) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().start(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          Thread.ofPlatform().daemon().start(() -> handler.accept(client));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package org.briefbot.slack;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode server: every client that connects is greeted with
 * {@code hello}; the first is then sent the envelopes given to {@link #start}; every message a
 * client sends back (acks) is recorded. Like Slack, it can drop the connection or ask the client to
 * reconnect, and {@link #send} always goes to the newest connection. Listens on 127.0.0.1, on a
 * free port, until closed.
 */
final class FakeSocketMode extends WebSocketServer implements AutoCloseable {
  static final String HELLO =
      "{\"type\":\"hello\",\"num_connections\":1,"
          + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060},"
          + "\"connection_info\":{\"app_id\":\"A1\"}}";

  /** What Slack sends before it closes a connection it wants refreshed. */
  static final String DISCONNECT =
      "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\","
          + "\"debug_info\":{\"host\":\"fake\"}}";

  private final List<String> envelopes;
  private final List<String> received = new ArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private int connections;
  private volatile WebSocket client;

  private FakeSocketMode(List<String> envelopes) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.envelopes = List.copyOf(envelopes);
    setReuseAddr(true);
    setDaemon(true);
  }

  /** Starts listening; the first client to connect gets hello, then {@code envelopes}. */
  static FakeSocketMode start(List<String> envelopes) {
    FakeSocketMode server = new FakeSocketMode(envelopes);
    server.start();
    try {
      if (!server.started.await(10, TimeUnit.SECONDS))
        throw new IllegalStateException("WebSocket server did not start");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return server;
  }

  /** What apps.connections.open should answer. */
  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
  }

  /** Sends one more envelope to the newest client. */
  void send(String envelope) {
    client.send(envelope);
  }

  /** Drops the newest connection without a closing handshake, as a network failure would. */
  void dropConnection() {
    client.closeConnection(CloseFrame.ABNORMAL_CLOSE, "connection lost");
  }

  /** Asks the client to reconnect, as Slack does every few hours ("refresh_requested"). */
  void requestRefresh() {
    client.send(DISCONNECT);
  }

  /**
   * Waits until {@code count} clients have connected (and been greeted) in all; fails after {@code
   * timeout}.
   */
  synchronized void awaitConnections(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (connections < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected " + count + " connections within " + timeout + ", got " + connections);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  synchronized int connections() {
    return connections;
  }

  /** Waits for a message from the client matching {@code what}; fails after {@code timeout}. */
  synchronized String await(Predicate<String> what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String message : received) if (what.test(message)) return message;
      long left = deadline - System.nanoTime();
      if (left <= 0)
        throw new AssertionError("no matching message within " + timeout + "; got " + received);
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  /** Every message the clients sent that matches {@code what}. */
  synchronized List<String> received(Predicate<String> what) {
    return received.stream().filter(what).toList();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    boolean first;
    synchronized (this) {
      first = connections == 0;
      client = conn;
      conn.send(HELLO);
      if (first) for (String envelope : envelopes) conn.send(envelope);
      connections++;
      notifyAll();
    }
  }

  @Override
  public synchronized void onMessage(WebSocket conn, String message) {
    received.add(message);
    notifyAll();
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {}

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void close() {
    try {
      stop(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

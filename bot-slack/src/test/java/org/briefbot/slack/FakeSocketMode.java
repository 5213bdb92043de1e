package org.briefbot.slack;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode server: the client that connects first is greeted with
 * {@code hello} and then sent the envelopes given to {@link #start}; every message the client sends
 * back (acks) is recorded. Listens on 127.0.0.1, on a free port, until closed.
 */
final class FakeSocketMode extends WebSocketServer implements AutoCloseable {
  static final String HELLO = "{\"type\":\"hello\",\"num_connections\":1,"
      + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":18060},"
      + "\"connection_info\":{\"app_id\":\"A1\"}}";

  private final List<String> envelopes;
  private final List<String> received = new ArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicBoolean greeted = new AtomicBoolean();
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
      if (!server.started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("WebSocket server did not start");
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

  /** Sends one more envelope to the connected client. */
  void send(String envelope) {
    client.send(envelope);
  }

  /** Waits for a message from the client matching {@code what}; fails after {@code timeout}. */
  synchronized String await(Predicate<String> what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String message : received) if (what.test(message)) return message;
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new AssertionError("no matching message within " + timeout + "; got " + received);
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    if (!greeted.compareAndSet(false, true)) return;
    client = conn;
    conn.send(HELLO);
    for (String envelope : envelopes) conn.send(envelope);
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

package org.aparte.server;

/** Work the server runs beside its routes (the log sequencer), started and stopped with it. */
public interface BackgroundTask extends AutoCloseable {
  void start();

  @Override
  void close();
}

package org.aparte.protocol.message;

/** Who wrote a message: decided by the route it came in on, never by the client's say. */
public enum MessageSender {
  PATIENT,
  PRACTICE
}

package org.aparte.notifier;

/** What happened to one claimed job; the only thing the notifier logs about it, with its id. */
public enum Outcome {
  SENT,
  COVER_DROPPED,
  EXPIRED,
  POSTPONED,
  RETRY,
  DEAD,
  /** Not attempted: the batch's lease was near its end; the job is claimed again once it ends. */
  LEFT_FOR_LATER
}

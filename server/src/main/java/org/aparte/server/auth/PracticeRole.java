package org.aparte.server.auth;

/** A member's role in a practice: admins manage members and keys; members run the agenda. */
public enum PracticeRole {
  ADMIN,
  MEMBER
}

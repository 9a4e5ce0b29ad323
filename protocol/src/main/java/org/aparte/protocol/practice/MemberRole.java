package org.aparte.protocol.practice;

/** A member's role in a practice: admins manage members and keys; members run the agenda. */
public enum MemberRole {
  ADMIN,
  MEMBER
}

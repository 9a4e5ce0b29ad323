package org.aparte.operator;

/** What a column holds, from the operator's side. Every column of the database has one. */
public enum ColumnClass {
  /** Published to everyone anyway (practice profiles, opening hours, public keys). */
  PUBLIC,
  /** Metadata the service needs to work (ids, versions, times, statuses, counts). */
  OPERATIONAL,
  /** A one-way digest of a secret the operator never sees. */
  HASH,
  /** Encrypted on a client; the operator holds no key that opens it. */
  CIPHERTEXT,
  /** The server's own random keys (never user data). */
  SERVER_SECRET;

  /** The spelling used in the classification file and the report. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static ColumnClass parse(String label) {
    for (ColumnClass value : values()) {
      if (value.label().equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown column class '" + label + "'");
  }
}

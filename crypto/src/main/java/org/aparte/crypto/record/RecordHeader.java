package org.aparte.crypto.record;

/**
 * What anyone, the operator included, can learn from a record ciphertext without its key: the
 * format version, the record type and the padded length (a size bucket, see {@link
 * RecordCipher#parseHeader}). Used by the operator view to check that a column really holds Aparté
 * ciphertext of the expected type.
 */
public record RecordHeader(int version, RecordType type, int paddedLength) {
  public RecordHeader {
    if (type == null) {
      throw new IllegalArgumentException("a record header has a type");
    }
  }
}

package org.aparte.crypto.record;

import java.io.ByteArrayOutputStream;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.Labels;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * The v1 record layout. Clear header: {@code version 0x01 || type length (1) || type label ASCII ||
 * nonce (12)}, then the AES-256-GCM ciphertext of the padded plaintext and its 16-byte tag. The GCM
 * associated data is {@code utf8("aparte/record/v1") || 0x00 || header || record id length (1) ||
 * record id}, so the version, type, nonce and record id are all authenticated.
 */
final class RecordFormat {
  static final int VERSION = 1;
  static final int NONCE_LENGTH = 12;
  static final int TAG_LENGTH = 16;
  static final int KEY_LENGTH = 32;
  static final int MAX_RECORD_ID_LENGTH = 255;

  private RecordFormat() {}

  /** A parsed ciphertext: its header fields and where the GCM ciphertext starts. */
  record Parsed(RecordHeader header, byte[] nonce, int bodyOffset) {}

  static byte[] header(RecordType type, byte[] nonce) {
    byte[] label = type.encode();
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 + label.length + NONCE_LENGTH);
    out.write(VERSION);
    out.write(label.length);
    out.writeBytes(label);
    out.writeBytes(nonce);
    return out.toByteArray();
  }

  static byte[] associatedData(byte[] ciphertext, int headerLength, byte[] recordId) {
    byte[] label = Labels.utf8(Labels.RECORD);
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(label.length + headerLength + recordId.length + 2);
    out.writeBytes(label);
    out.write(0);
    out.write(ciphertext, 0, headerLength);
    out.write(recordId.length);
    out.writeBytes(recordId);
    return out.toByteArray();
  }

  static Parsed parse(byte[] ciphertext)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(ciphertext, "record");
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException("record: unknown format version " + version);
    }
    int typeLength = reader.readUnsignedByte("type length");
    RecordType type = RecordType.decode(reader.readBytes(typeLength, "type label"));
    byte[] nonce = reader.readBytes(NONCE_LENGTH, "nonce");
    int paddedLength = reader.remaining() - TAG_LENGTH;
    if (!RecordPadding.isBucketSize(paddedLength)) {
      throw new MalformedInputException(
          "record: body of " + reader.remaining() + " bytes is not a padded size plus a tag");
    }
    return new Parsed(new RecordHeader(version, type, paddedLength), nonce, reader.position());
  }

  static void checkRecordId(byte[] recordId) {
    if (recordId == null || recordId.length == 0 || recordId.length > MAX_RECORD_ID_LENGTH) {
      throw new IllegalArgumentException("a record id has 1.." + MAX_RECORD_ID_LENGTH + " bytes");
    }
  }

  static void checkKey(SecretBytes key) {
    if (key == null || key.length() != KEY_LENGTH) {
      throw new IllegalArgumentException("a record key has " + KEY_LENGTH + " bytes");
    }
  }
}

package org.aparte.operator;

import java.util.Optional;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordHeader;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrappedKey;

/**
 * What every value of a column must parse as. A check only reads formats (headers, lengths, key
 * encodings): it holds no key and opens nothing.
 */
public sealed interface ValueCheck {
  /** Empty when {@code value} passes, else why it does not (no part of the value itself). */
  Optional<String> problem(byte[] value);

  /** The spelling used in the classification file and the report. */
  String label();

  static ValueCheck parse(String label) {
    if (label.equals("-")) {
      return new None();
    }
    if (label.startsWith("record:")) {
      return new Record(RecordType.of(label.substring("record:".length())));
    }
    if (label.startsWith("length:")) {
      return new Length(Integer.parseInt(label.substring("length:".length())), false);
    }
    if (label.startsWith("min-length:")) {
      return new Length(Integer.parseInt(label.substring("min-length:".length())), true);
    }
    return switch (label) {
      case "wrapped-key" -> new Parses(label, WrappedKey::parse);
      case "sealed-envelope" -> new Parses(label, SealedEnvelope::parse);
      case "x-wing-public-key" -> new Parses(label, EncryptionPublicKey::decode);
      case "ed25519-public-key" -> new Parses(label, SigningPublicKey::decode);
      case "kdf-setup" -> new Parses(label, KdfSetup::decode);
      default -> throw new IllegalArgumentException("unknown value check '" + label + "'");
    };
  }

  /** Nothing to parse (public or operational plain values). */
  record None() implements ValueCheck {
    @Override
    public Optional<String> problem(byte[] value) {
      return Optional.empty();
    }

    @Override
    public String label() {
      return "-";
    }
  }

  /** An Aparté record of the expected type, at the current format version. */
  record Record(RecordType type) implements ValueCheck {
    @Override
    public Optional<String> problem(byte[] value) {
      try {
        RecordHeader header = RecordCipher.parseHeader(value);
        if (!header.type().equals(type)) {
          return Optional.of("record of another type");
        }
        return Optional.empty();
      } catch (CryptoException e) {
        return Optional.of("not an Aparté record (" + e.getClass().getSimpleName() + ")");
      }
    }

    @Override
    public String label() {
      return "record:" + type.label();
    }
  }

  /** A digest or key of a fixed (or minimum) length. */
  record Length(int bytes, boolean atLeast) implements ValueCheck {
    @Override
    public Optional<String> problem(byte[] value) {
      boolean ok = atLeast ? value.length >= bytes : value.length == bytes;
      return ok ? Optional.empty() : Optional.of(value.length + " bytes");
    }

    @Override
    public String label() {
      return (atLeast ? "min-length:" : "length:") + bytes;
    }
  }

  /** Anything the crypto module decodes, with its own validation. */
  record Parses(String label, Decoder decoder) implements ValueCheck {
    @Override
    public Optional<String> problem(byte[] value) {
      try {
        decoder.decode(value);
        return Optional.empty();
      } catch (CryptoException e) {
        return Optional.of("does not parse (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** A crypto-module decoder. */
  @FunctionalInterface
  interface Decoder {
    Object decode(byte[] value) throws CryptoException;
  }
}

package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;

/**
 * The canonical encoding of a {@link Prescription}, the bytes its practitioner signs (big-endian,
 * texts as {@code u8 length || NFC UTF-8}, dates as signed days since 1970-01-01):
 *
 * <pre>
 * 0x01 (version) || 16-byte id || i32 issued on || practitioner name || registration number
 *   || patient name || i32 birth date || u8 count (1..16)
 *   || count × (medication name || dosage || u16 duration in days)
 * </pre>
 *
 * Decoding accepts only what encoding produces (it re-encodes and compares), so one prescription
 * has exactly one encoding and a changed character can never keep a signature valid.
 */
public final class PrescriptionCodec {
  public static final int VERSION = 1;

  private PrescriptionCodec() {}

  public static byte[] encode(Prescription prescription) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bytes.u8(out, VERSION);
    out.writeBytes(
        ByteBuffer.allocate(16)
            .putLong(prescription.id().getMostSignificantBits())
            .putLong(prescription.id().getLeastSignificantBits())
            .array());
    Bytes.i32(out, PrescriptionDates.encode(prescription.issuedOn()));
    Bytes.text(out, prescription.practitionerName());
    Bytes.text(out, prescription.registrationNumber());
    Bytes.text(out, prescription.patientName());
    Bytes.i32(out, PrescriptionDates.encode(prescription.patientBirthDate()));
    Bytes.u8(out, prescription.medications().size());
    for (Medication medication : prescription.medications()) {
      Bytes.text(out, medication.name());
      Bytes.text(out, medication.dosage());
      Bytes.u16(out, medication.durationDays());
    }
    return out.toByteArray();
  }

  public static Prescription decode(byte[] encoded) throws MalformedPrescriptionException {
    try {
      Prescription decoded = read(new ByteReader(encoded, "prescription"));
      if (!Arrays.equals(encode(decoded), encoded)) {
        throw new MalformedPrescriptionException("prescription: not in canonical form");
      }
      return decoded;
    } catch (MalformedInputException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new MalformedPrescriptionException("prescription: " + e.getMessage(), e);
    }
  }

  private static Prescription read(ByteReader in)
      throws MalformedInputException, MalformedPrescriptionException {
    int version = in.readUnsignedByte("version");
    if (version != VERSION) {
      throw new MalformedPrescriptionException("prescription: unsupported version " + version);
    }
    UUID id = new UUID(Bytes.i64(in, "id"), Bytes.i64(in, "id"));
    var issuedOn = PrescriptionDates.decode(Bytes.i32(in, "issue date"));
    String practitioner = Bytes.text(in, "practitioner name");
    String registration = Bytes.text(in, "registration number");
    String patient = Bytes.text(in, "patient name");
    var birthDate = PrescriptionDates.decode(Bytes.i32(in, "birth date"));
    int count = in.readUnsignedByte("medication count");
    List<Medication> medications = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      medications.add(
          new Medication(
              Bytes.text(in, "medication name"),
              Bytes.text(in, "dosage"),
              in.readUnsignedShort("duration")));
    }
    in.requireEnd();
    return new Prescription(
        id, issuedOn, practitioner, registration, patient, birthDate, medications);
  }
}

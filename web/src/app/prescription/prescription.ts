import { ByteReader } from "../../crypto/bytes";
import { hexUuid } from "../../log/key-entry";
import { MalformedCodeError } from "./base45";

/** A decoded prescription (docs/protocol.md, "Canonical encoding"), as Prescription.java. */
export interface Prescription {
  readonly id: string;
  readonly issuedOn: string;
  readonly practitionerName: string;
  readonly registrationNumber: string;
  readonly patientName: string;
  readonly patientBirthDate: string;
  readonly medications: readonly { name: string; dosage: string; durationDays: number }[];
}

const DAY_MS = 86_400_000;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Only the canonical form is accepted, with PrescriptionCodec.java's limits. */
export function decodePrescription(encoded: Uint8Array): Prescription {
  const reader = new ByteReader(encoded, "prescription");
  if (reader.u8("version") !== 1) throw new MalformedCodeError("prescription: unsupported version");
  const id = hexUuid(reader.take(16, "id"));
  const issuedOn = date(reader, "issue date");
  const practitionerName = text(reader, "practitioner name");
  const registrationNumber = text(reader, "registration number");
  const patientName = text(reader, "patient name");
  const patientBirthDate = date(reader, "birth date");
  const count = reader.u8("medication count");
  if (count < 1 || count > 16) throw new MalformedCodeError("prescription: 1 to 16 medications");
  const medications = [];
  for (let i = 0; i < count; i++) {
    const name = text(reader, "medication");
    const dosage = text(reader, "dosage");
    const d = reader.take(2, "duration");
    const durationDays = ((d[0] ?? 0) << 8) | (d[1] ?? 0);
    if (durationDays < 1 || durationDays > 3650) throw new MalformedCodeError("prescription: duration out of range");
    medications.push({ name, dosage, durationDays });
  }
  reader.requireEnd();
  return { id, issuedOn, practitionerName, registrationNumber, patientName, patientBirthDate, medications };
}

function text(reader: ByteReader, field: string): string {
  const length = reader.u8(`${field} length`);
  if (length < 1 || length > 200) throw new MalformedCodeError(`prescription: ${field} length`);
  let value: string;
  try {
    value = UTF8.decode(reader.take(length, field));
  } catch {
    throw new MalformedCodeError(`prescription: ${field} is not UTF-8`);
  }
  if (value !== value.normalize("NFC") || /\p{Cc}/u.test(value)) {
    throw new MalformedCodeError(`prescription: ${field} not in canonical form`);
  }
  return value;
}

function date(reader: ByteReader, field: string): string {
  const b = reader.take(4, field);
  const days = new DataView(b.buffer, b.byteOffset, 4).getInt32(0);
  const iso = new Date(days * DAY_MS).toISOString().slice(0, 10);
  const year = Number(iso.slice(0, 4));
  if (year < 1850 || year > 2200) throw new MalformedCodeError(`prescription: ${field} out of range`);
  return iso;
}

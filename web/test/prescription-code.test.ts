import { describe, expect, test } from "vitest";
import { fromHex } from "../src/crypto/bytes";
import { base45Decode } from "../src/app/prescription/base45";
import { decodePrescription } from "../src/app/prescription/prescription";
import { verifyPrescriptionCode } from "../src/app/prescription/verify";
import { loadVectors } from "./vectors";

interface PrescriptionCase {
  name: string;
  valid: boolean;
  error?: string;
  encoded: string;
  log_public_key: string;
  qr_text: string;
}

const vectors = loadVectors<PrescriptionCase>("prescription.json");

describe("the pharmacist's page reads Java's QR codes (prescription.json)", () => {
  for (const c of vectors.cases) {
    test(`${c.valid ? "authentic" : (c.error ?? "")}: ${c.name}`, async () => {
      const result = await verifyPrescriptionCode(c.qr_text, fromHex(c.log_public_key));
      if (!c.valid) {
        expect(result).toEqual({ ok: false, verdict: c.error });
        return;
      }
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.prescription).toEqual(decodePrescription(fromHex(c.encoded)));
    });
  }

  test("one character changed in the code is never accepted", async () => {
    const c = vectors.cases.find((v) => v.valid)!;
    const at = 40;
    const swapped = c.qr_text.slice(0, at) + (c.qr_text[at] === "A" ? "B" : "A") + c.qr_text.slice(at + 1);
    const result = await verifyPrescriptionCode(swapped, fromHex(c.log_public_key));
    expect(result.ok).toBe(false);
  });

  test("anything but an RX1 code is unreadable", async () => {
    const key = fromHex(vectors.cases[0]!.log_public_key);
    expect(await verifyPrescriptionCode("hello", key)).toEqual({ ok: false, verdict: "unreadable" });
    expect(await verifyPrescriptionCode("RX1:A", key)).toEqual({ ok: false, verdict: "unreadable" });
  });
});

test("RFC 9285 examples decode", () => {
  expect(new TextDecoder().decode(base45Decode("BB8"))).toBe("AB");
  expect(new TextDecoder().decode(base45Decode("%69 VD92EX0"))).toBe("Hello!!");
  expect(new TextDecoder().decode(base45Decode("UJCLQE7W581"))).toBe("base-45");
  expect(() => base45Decode("GGW")).toThrow();
});

test("a decoded prescription carries what Java signed (PrescriptionVectorCases)", () => {
  const c = vectors.cases.find((v) => v.name.includes("before 1970"))!;
  expect(decodePrescription(fromHex(c.encoded))).toEqual({
    id: "00000000-0000-4000-8000-000000000001",
    issuedOn: "2027-01-05",
    practitionerName: "Dr A. Smith",
    registrationNumber: "RPPS 10000000001",
    patientName: "John Doe",
    patientBirthDate: "1945-12-31",
    medications: [{ name: "Ibuprofen 400 mg", dosage: "1 tablet every 8 hours", durationDays: 3 }],
  });
});

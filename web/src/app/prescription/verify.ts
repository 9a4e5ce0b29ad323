import { concat, utf8 } from "../../crypto/bytes";
import { KeyKind, decodePublicKey } from "../../crypto/keys";
import { Labels } from "../../crypto/labels";
import { verify } from "../../crypto/signature";
import { RootMismatchError } from "../../log/errors";
import { decodeKeyEntry } from "../../log/key-entry";
import { leafHash, verifyInclusion } from "../../log/merkle";
import { MalformedCodeError } from "./base45";
import { parseEvidence } from "./evidence";
import { type Prescription, decodePrescription } from "./prescription";

/** The verdicts of PrescriptionVerifier.java, in its order: the first failed check is the answer. */
export type Verdict =
  | "unreadable"
  | "untrusted-tree-head"
  | "unknown-signer-key"
  | "key-not-in-log"
  | "bad-proof"
  | "altered";

export type Verification =
  | { readonly ok: true; readonly prescription: Prescription; readonly signer: string; readonly keyVersion: number; readonly treeSize: number; readonly treeTime: number }
  | { readonly ok: false; readonly verdict: Verdict };

const ACCOUNT_SIGNING_KEY = 0x02;

function isEd25519(encoded: Uint8Array): boolean {
  try {
    return decodePublicKey(encoded).kind === KeyKind.ED25519;
  } catch {
    return false;
  }
}

/** Checks a scanned code offline, trusting only `logPublicKey` (the log's Ed25519 key). */
export async function verifyPrescriptionCode(qrText: string, logPublicKey: Uint8Array): Promise<Verification> {
  let evidence;
  try {
    evidence = parseEvidence(qrText);
  } catch {
    return { ok: false, verdict: "unreadable" };
  }
  try {
    verify(logPublicKey, "tree-head", evidence.treeHeadBytes, evidence.treeHeadSignature);
  } catch {
    return { ok: false, verdict: "untrusted-tree-head" };
  }
  let entry;
  try {
    entry = decodeKeyEntry(evidence.keyEntry);
  } catch {
    return { ok: false, verdict: "unknown-signer-key" };
  }
  if (entry.kind !== ACCOUNT_SIGNING_KEY || !isEd25519(entry.publicKey)) return { ok: false, verdict: "unknown-signer-key" };
  try {
    const head = evidence.treeHead;
    await verifyInclusion(evidence.leafIndex, head.size, await leafHash(evidence.keyEntry), evidence.path, head.rootHash);
  } catch (e) {
    return { ok: false, verdict: e instanceof RootMismatchError ? "key-not-in-log" : "bad-proof" };
  }
  const message = concat(utf8(Labels.PRESCRIPTION), [0], evidence.encoded);
  try {
    verify(entry.publicKey, "prescription", message, evidence.signature);
  } catch {
    return { ok: false, verdict: "altered" };
  }
  try {
    const prescription = decodePrescription(evidence.encoded);
    return { ok: true, prescription, signer: entry.subject, keyVersion: entry.version, treeSize: evidence.treeHead.size, treeTime: evidence.treeHead.timestampMillis };
  } catch (e) {
    if (e instanceof MalformedCodeError) return { ok: false, verdict: "unreadable" };
    throw e;
  }
}

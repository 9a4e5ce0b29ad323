import { concat, decodePublicKey, openRecord, sealRecord, secureRandom, utf8, wrapKey, unwrapKey } from "../../crypto";
import { fromBase64, toBase64 } from "../api";
import { uuidBytes } from "../keybundle";

/**
 * SupportRecords, ItemSeal and DisclosureSeal of the Java SDK (docs/protocol.md, "Support access").
 * Every record id binds the ids its record must not be moved away from; a disclosure's also binds
 * its expiry, so the expiry is in the associated data of the record and of its wrapped key.
 */
const MESSAGE = "support-message";
const DISCLOSURE = "support-disclosure";

/** A ticket's subject, message or request reason, as the server carries it (base64 fields). */
export interface SealedItem {
  ciphertext: string;
  teamKey: string;
  ownerKey: string;
}

export function itemId(ticketId: string, id: string): Uint8Array {
  return concat(uuidBytes(ticketId), uuidBytes(id));
}

/** disclosureId (16) || agentId (16) || u64 expiry in ms. */
export function disclosureRecordId(disclosureId: string, agentId: string, expiresAtMillis: number): Uint8Array {
  const expiry = new Uint8Array(8);
  new DataView(expiry.buffer).setBigUint64(0, BigInt(expiresAtMillis));
  return concat(uuidBytes(disclosureId), uuidBytes(agentId), expiry);
}

/** Seals text under a fresh data key wrapped to the team key and to the owner. */
export async function sealItem(
  text: string,
  ticketId: string,
  id: string,
  teamPublicKey: Uint8Array,
  ownerPublicKey: Uint8Array,
): Promise<SealedItem> {
  const recordId = itemId(ticketId, id);
  const dataKey = secureRandom(32);
  try {
    const ciphertext = await sealRecord(dataKey, MESSAGE, recordId, utf8(text));
    const team = await wrapKey(dataKey, decodePublicKey(teamPublicKey), MESSAGE, recordId);
    const owner = await wrapKey(dataKey, decodePublicKey(ownerPublicKey), MESSAGE, recordId);
    return { ciphertext: toBase64(ciphertext), teamKey: toBase64(team), ownerKey: toBase64(owner) };
  } finally {
    dataKey.fill(0);
  }
}

/** Opens an item with the owner's private key. */
export function openItemAsOwner(item: SealedItem, ticketId: string, id: string, ownerPrivateKey: Uint8Array): Promise<string> {
  return openItem(item, ticketId, id, ownerPrivateKey, true);
}

/** Opens an item with the owner's key (`asOwner`) or a team key version's (ItemSeal.open). */
export async function openItem(
  item: SealedItem,
  ticketId: string,
  id: string,
  privateKey: Uint8Array,
  asOwner: boolean,
): Promise<string> {
  const recordId = itemId(ticketId, id);
  const wrapped = fromBase64(asOwner ? item.ownerKey : item.teamKey);
  const dataKey = await unwrapKey(wrapped, privateKey, MESSAGE, recordId);
  try {
    return new TextDecoder().decode(await openRecord(dataKey, MESSAGE, recordId, fromBase64(item.ciphertext)));
  } finally {
    dataKey.fill(0);
  }
}

/** DisclosureContent in Java, field for field and in order (the Java reader refuses others). */
export interface DisclosureContent {
  version: 1;
  disclosureId: string;
  ticketId: string;
  agentId: string;
  expiresAt: string;
  records: { ref: string; kind: string; fields: Record<string, string> }[];
}

/** The approved fields as JSON under a fresh data key wrapped to the requesting agent's own key. */
export async function sealDisclosure(
  content: DisclosureContent,
  agentPublicKey: Uint8Array,
): Promise<{ ciphertext: string; wrappedKey: string }> {
  const recordId = disclosureRecordId(content.disclosureId, content.agentId, Date.parse(content.expiresAt));
  const dataKey = secureRandom(32);
  const plain = utf8(JSON.stringify(content));
  try {
    const ciphertext = await sealRecord(dataKey, DISCLOSURE, recordId, plain);
    const wrapped = await wrapKey(dataKey, decodePublicKey(agentPublicKey), DISCLOSURE, recordId);
    return { ciphertext: toBase64(ciphertext), wrappedKey: toBase64(wrapped) };
  } finally {
    plain.fill(0);
    dataKey.fill(0);
  }
}

import { fromBase64 } from "./api";
import { type BookingContent, openBooking, openDataKey } from "./booking";

/** version -> encoded X-Wing private key, kept in memory only. */
type Keyring = Map<number, Uint8Array>;

export interface AgendaEntry {
  bookingId: string;
  slotIds: string[];
  status: string;
  keyVersion: number;
  ciphertext: string;
  wrappedKey: string;
}

export interface AgendaBooking {
  bookingId: string;
  slotIds: string[];
  start: string;
  status: string;
  content: BookingContent;
}

export interface AgendaView {
  bookings: AgendaBooking[];
  /** Entries that did not open or did not match what the server says: shown as a warning. */
  problems: number;
}

/**
 * How many bookings one thread keeps in flight. Each booking waits several times on WebCrypto
 * (X25519, AES-GCM), which answers from the browser's own crypto thread; with a few in flight the
 * thread computes one booking's ML-KEM decapsulation while another's answers come back, instead of
 * sitting idle. More gains nothing and holds more memory.
 */
const IN_FLIGHT = 4;

export async function decryptAgenda(practiceId: string, ring: Keyring, entries: AgendaEntry[]): Promise<AgendaView> {
  const opened: (AgendaBooking | null)[] = entries.map(() => null);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i];
      if (entry !== undefined) opened[i] = await openEntry(practiceId, ring, entry);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, entries.length) }, lane));
  const bookings = opened.filter((b): b is AgendaBooking => b !== null);
  bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { bookings, problems: entries.length - bookings.length };
}

/** One entry, or null when it does not open or does not match what the server says. */
async function openEntry(practiceId: string, ring: Keyring, entry: AgendaEntry): Promise<AgendaBooking | null> {
  try {
    const key = ring.get(entry.keyVersion);
    if (key === undefined) return null;
    const dataKey = await openDataKey(entry.bookingId, fromBase64(entry.wrappedKey), key);
    const content = await openBooking(entry.bookingId, fromBase64(entry.ciphertext), dataKey, practiceId, entry.slotIds);
    return { bookingId: entry.bookingId, slotIds: entry.slotIds, start: entryStart(entry), status: entry.status, content };
  } catch {
    return null;
  }
}

/** The start of an entry's first slot, as the server names it ("<visit type>@<instant>"). */
export function entryStart(entry: AgendaEntry): string {
  const first = entry.slotIds[0] ?? "";
  return first.slice(first.indexOf("@") + 1);
}

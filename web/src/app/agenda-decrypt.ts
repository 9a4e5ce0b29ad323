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

export async function decryptAgenda(practiceId: string, ring: Keyring, entries: AgendaEntry[]): Promise<AgendaView> {
  // One after the other: the work is CPU-bound on one thread, and a thousand interleaved
  // decapsulations only add memory pressure.
  const opened: (AgendaBooking | null)[] = [];
  for (const entry of entries) {
    opened.push(
      await (async (): Promise<AgendaBooking | null> => {
      try {
        const key = ring.get(entry.keyVersion);
        if (key === undefined) return null;
        const dataKey = await openDataKey(entry.bookingId, fromBase64(entry.wrappedKey), key);
        const content = await openBooking(entry.bookingId, fromBase64(entry.ciphertext), dataKey, practiceId, entry.slotIds);
        const first = entry.slotIds[0] ?? "";
        return { bookingId: entry.bookingId, slotIds: entry.slotIds, start: first.slice(first.indexOf("@") + 1), status: entry.status, content };
      } catch {
        return null;
      }
    })(),
    );
  }
  const bookings = opened.filter((b): b is AgendaBooking => b !== null);
  bookings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { bookings, problems: entries.length - bookings.length };
}

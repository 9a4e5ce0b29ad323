import type { BookingContent } from "./booking";
import { type AgendaBooking, type AgendaEntry, entryStart } from "./agenda-decrypt";

/**
 * Bookings this page has already opened with one keyring, so that a week seen again (switching
 * between day and week, stepping back, or the reload after marking a booking arrived) is not
 * decapsulated again. Memory only, dropped with the keyring (agenda.ts drops keyrings on a key
 * rotation and when the session changes). Nothing is stored and nothing new is sent: the server
 * sees the same requests.
 *
 * An entry is reused only when the server sends, for the same booking id, exactly the ciphertext,
 * wrapped key and key version that were opened; anything else is opened afresh (and fails there if
 * it was altered). The content's practice and slots are compared with what the server says now,
 * as openBooking does, and the status always comes from the new answer.
 */
interface Opened {
  readonly keyVersion: number;
  readonly wrappedKey: string;
  readonly ciphertext: string;
  readonly content: BookingContent;
}

/** A month of a busy practice several times over; past it the oldest are forgotten. */
const LIMIT = 5000;

export class OpenedBookings {
  private readonly opened = new Map<string, Opened>();

  /** The entries already opened (as bookings) and those still to open. */
  split(practiceId: string, entries: readonly AgendaEntry[]): { known: AgendaBooking[]; unknown: AgendaEntry[] } {
    const known: AgendaBooking[] = [];
    const unknown: AgendaEntry[] = [];
    for (const entry of entries) {
      const found = this.opened.get(entry.bookingId);
      if (found !== undefined && same(found, entry) && matches(found.content, practiceId, entry.slotIds)) {
        known.push(booking(entry, found.content));
      } else {
        unknown.push(entry);
      }
    }
    return { known, unknown };
  }

  /** Remembers the bookings that opened, with the exact bytes they were opened from. */
  remember(entries: readonly AgendaEntry[], bookings: readonly AgendaBooking[]): void {
    const byId = new Map(entries.map((e) => [e.bookingId, e]));
    for (const b of bookings) {
      const entry = byId.get(b.bookingId);
      if (entry === undefined) continue;
      this.opened.delete(b.bookingId);
      this.opened.set(b.bookingId, { keyVersion: entry.keyVersion, wrappedKey: entry.wrappedKey, ciphertext: entry.ciphertext, content: b.content });
    }
    for (const id of this.opened.keys()) {
      if (this.opened.size <= LIMIT) break;
      this.opened.delete(id);
    }
  }
}

function same(opened: Opened, entry: AgendaEntry): boolean {
  return opened.keyVersion === entry.keyVersion && opened.wrappedKey === entry.wrappedKey && opened.ciphertext === entry.ciphertext;
}

function matches(content: BookingContent, practiceId: string, slotIds: readonly string[]): boolean {
  return content.practiceId === practiceId && JSON.stringify(content.slotIds) === JSON.stringify(slotIds);
}

export function booking(entry: AgendaEntry, content: BookingContent): AgendaBooking {
  return { bookingId: entry.bookingId, slotIds: entry.slotIds, start: entryStart(entry), status: entry.status, content };
}

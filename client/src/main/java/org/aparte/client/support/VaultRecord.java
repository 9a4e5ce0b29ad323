package org.aparte.client.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.BookingContent;
import org.aparte.client.booking.Person;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.support.RefKind;

/**
 * A record of the vault that can be disclosed, with its fields by the names of {@link RefKind}.
 * Absent values are left out (a disclosure never shows an empty field as if it were a value).
 */
public record VaultRecord(RefKind kind, UUID id, String label, Map<String, String> fields) {
  public static List<VaultRecord> all(VaultDocument vault) {
    List<VaultRecord> out = new ArrayList<>();
    out.add(profile(vault.profile()));
    for (AppointmentRef appointment : vault.appointments()) {
      out.add(booking(appointment));
    }
    return out;
  }

  static VaultRecord booking(AppointmentRef a) {
    Map<String, String> fields = new HashMap<>();
    put(fields, "date", a.start() == null ? null : a.start().atOffset(ZoneOffset.UTC).toString());
    put(fields, "practice", a.practiceName());
    put(fields, "visit-type", a.visitTypeName());
    put(fields, "status", a.status());
    put(fields, "note", a.note());
    String when =
        a.start() == null ? "" : " on " + a.start().atOffset(ZoneOffset.UTC).toLocalDate();
    return new VaultRecord(RefKind.BOOKING, a.bookingId(), "your booking" + when, fields);
  }

  /**
   * A booking of the member's practice, decrypted from the agenda, offered to a ticket the member
   * opens: the practice discloses its own data as a patient does, field by field.
   */
  public static VaultRecord practiceBooking(AgendaBooking booking, Instant start) {
    Map<String, String> fields = new HashMap<>();
    put(fields, "date", start == null ? null : start.atOffset(ZoneOffset.UTC).toString());
    BookingContent content = booking.content();
    Person patient = content.patient();
    put(fields, "patient-name", patient.firstName() + " " + patient.lastName());
    put(fields, "visit-type", content.visitTypeName());
    put(fields, "status", booking.status().name());
    put(fields, "reason", content.reason());
    String when = start == null ? "" : " on " + start.atOffset(ZoneOffset.UTC).toLocalDate();
    return new VaultRecord(
        RefKind.PRACTICE_BOOKING, booking.bookingId(), "a booking of your practice" + when, fields);
  }

  static VaultRecord profile(VaultProfile p) {
    Map<String, String> fields = new HashMap<>();
    put(fields, "first-name", p.firstName());
    put(fields, "last-name", p.lastName());
    put(fields, "birth-date", p.birthDate());
    put(fields, "social-security-number", p.socialSecurityNumber());
    put(fields, "phone", p.phone());
    put(fields, "email", p.email());
    put(fields, "address", p.address());
    return new VaultRecord(RefKind.PROFILE, SupportRefs.PROFILE_ID, "your profile", fields);
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  @Override
  public String toString() {
    return "VaultRecord[" + kind + ", REDACTED]";
  }
}

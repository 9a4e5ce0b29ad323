package org.aparte.client.vault;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The patient's vault as JSON inside a {@code vault} record: profile, relatives, appointments, and
 * reminder preferences (reserved; may be null). Immutable: changes make a new document, which is
 * what {@link VaultSync#update} applies.
 */
public record VaultDocument(
    VaultProfile profile,
    List<Relative> relatives,
    List<AppointmentRef> appointments,
    JsonNode reminderPreferences) {
  public VaultDocument {
    profile = profile == null ? VaultProfile.empty() : profile;
    relatives = relatives == null ? List.of() : List.copyOf(relatives);
    appointments = appointments == null ? List.of() : List.copyOf(appointments);
  }

  public static VaultDocument empty() {
    return new VaultDocument(VaultProfile.empty(), List.of(), List.of(), null);
  }

  public VaultDocument withProfile(VaultProfile newProfile) {
    return new VaultDocument(newProfile, relatives, appointments, reminderPreferences);
  }

  public VaultDocument withProfile(UnaryOperator<VaultProfile> change) {
    return withProfile(change.apply(profile));
  }

  public VaultDocument withRelative(Relative relative) {
    List<Relative> next = new ArrayList<>(relatives);
    next.removeIf(r -> r.id().equals(relative.id()));
    next.add(relative);
    return new VaultDocument(profile, next, appointments, reminderPreferences);
  }

  public VaultDocument withoutRelative(UUID relativeId) {
    List<Relative> next = new ArrayList<>(relatives);
    next.removeIf(r -> r.id().equals(relativeId));
    return new VaultDocument(profile, next, appointments, reminderPreferences);
  }

  /** Adds or replaces (by booking id) an appointment. */
  public VaultDocument withAppointment(AppointmentRef appointment) {
    List<AppointmentRef> next = new ArrayList<>(appointments);
    next.removeIf(a -> a.bookingId().equals(appointment.bookingId()));
    next.add(appointment);
    return new VaultDocument(profile, relatives, next, reminderPreferences);
  }

  /** Replaces the reminder preferences ({@code ReminderPreferences#toVault()}). */
  public VaultDocument withReminderPreferences(JsonNode preferences) {
    return new VaultDocument(profile, relatives, appointments, preferences);
  }

  @Override
  public String toString() {
    return "VaultDocument["
        + relatives.size()
        + " relatives, "
        + appointments.size()
        + " appointments, REDACTED]";
  }
}

package org.aparte.client.vault;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The patient's vault as JSON inside a {@code vault} record: profile, relatives, appointments,
 * reminder preferences (reserved; may be null) and unspent booking tokens. Immutable: changes make
 * a new document, which is what {@link VaultSync#update} applies.
 */
public record VaultDocument(
    VaultProfile profile,
    List<Relative> relatives,
    List<AppointmentRef> appointments,
    JsonNode reminderPreferences,
    List<HeldToken> bookingTokens) {
  public VaultDocument {
    profile = profile == null ? VaultProfile.empty() : profile;
    relatives = relatives == null ? List.of() : List.copyOf(relatives);
    appointments = appointments == null ? List.of() : List.copyOf(appointments);
    bookingTokens = bookingTokens == null ? List.of() : List.copyOf(bookingTokens);
  }

  public VaultDocument(
      VaultProfile profile,
      List<Relative> relatives,
      List<AppointmentRef> appointments,
      JsonNode reminderPreferences) {
    this(profile, relatives, appointments, reminderPreferences, List.of());
  }

  public static VaultDocument empty() {
    return new VaultDocument(VaultProfile.empty(), List.of(), List.of(), null, List.of());
  }

  /** Adds tokens not yet held and drops those no longer accepted at {@code now}. */
  public VaultDocument withTokens(List<HeldToken> added, java.time.Instant now) {
    List<HeldToken> next = new ArrayList<>();
    for (HeldToken token : bookingTokens) {
      if (token.usableAt(now)) {
        next.add(token);
      }
    }
    for (HeldToken token : added) {
      if (token.usableAt(now) && next.stream().noneMatch(token::sameAs)) {
        next.add(token);
      }
    }
    return new VaultDocument(profile, relatives, appointments, reminderPreferences, next);
  }

  /** Without {@code spent} (once it has booked, or the server said it is spent). */
  public VaultDocument withoutToken(HeldToken spent) {
    List<HeldToken> next = new ArrayList<>(bookingTokens);
    next.removeIf(spent::sameAs);
    return new VaultDocument(profile, relatives, appointments, reminderPreferences, next);
  }

  public VaultDocument withProfile(VaultProfile newProfile) {
    return new VaultDocument(
        newProfile, relatives, appointments, reminderPreferences, bookingTokens);
  }

  public VaultDocument withProfile(UnaryOperator<VaultProfile> change) {
    return withProfile(change.apply(profile));
  }

  public VaultDocument withRelative(Relative relative) {
    List<Relative> next = new ArrayList<>(relatives);
    next.removeIf(r -> r.id().equals(relative.id()));
    next.add(relative);
    return new VaultDocument(profile, next, appointments, reminderPreferences, bookingTokens);
  }

  public VaultDocument withoutRelative(UUID relativeId) {
    List<Relative> next = new ArrayList<>(relatives);
    next.removeIf(r -> r.id().equals(relativeId));
    return new VaultDocument(profile, next, appointments, reminderPreferences, bookingTokens);
  }

  /** Adds or replaces (by booking id) an appointment. */
  public VaultDocument withAppointment(AppointmentRef appointment) {
    List<AppointmentRef> next = new ArrayList<>(appointments);
    next.removeIf(a -> a.bookingId().equals(appointment.bookingId()));
    next.add(appointment);
    return new VaultDocument(profile, relatives, next, reminderPreferences, bookingTokens);
  }

  /** Replaces the reminder preferences ({@code ReminderPreferences#toVault()}). */
  public VaultDocument withReminderPreferences(JsonNode preferences) {
    return new VaultDocument(profile, relatives, appointments, preferences, bookingTokens);
  }

  @Override
  public String toString() {
    return "VaultDocument["
        + relatives.size()
        + " relatives, "
        + appointments.size()
        + " appointments, "
        + bookingTokens.size()
        + " tokens, REDACTED]";
  }
}

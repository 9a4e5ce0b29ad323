package org.aparte.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.SlotRejectedException.Reason;

/**
 * All the slot calendars of one practice, looked up by visit type: the entry point for checking a
 * slot id that came from a patient, whose visit type may not exist at all.
 */
public final class PracticeCalendar {
  private final UUID practiceId;
  private final ZoneId zone;
  private final Map<UUID, SlotCalendar> calendars;

  /**
   * @param practiceId the practice
   * @param zone its time zone
   * @param visitTypes its visit types, with distinct ids; a follow-up must be one of them
   * @param rules opening rules, each for one of these visit types
   * @param closures closures of this practice, practice-wide or for one of these visit types
   */
  public PracticeCalendar(
      UUID practiceId,
      ZoneId zone,
      Collection<VisitType> visitTypes,
      Collection<OpeningRule> rules,
      Collection<Closure> closures) {
    this.practiceId = Checks.required(practiceId, "practice id");
    this.zone = Checks.required(zone, "zone");
    Checks.required(visitTypes, "visit types");
    Checks.required(rules, "opening rules");
    Checks.required(closures, "closures");

    Map<UUID, VisitType> types = new LinkedHashMap<>();
    Map<UUID, List<OpeningRule>> rulesByType = new LinkedHashMap<>();
    for (VisitType type : visitTypes) {
      Checks.required(type, "visit type");
      if (!type.practiceId().equals(practiceId)) {
        throw new IllegalArgumentException("visit type belongs to another practice");
      }
      if (types.put(type.id(), type) != null) {
        throw new IllegalArgumentException("visit type ids must be distinct");
      }
      rulesByType.put(type.id(), new ArrayList<>());
    }
    for (VisitType type : types.values()) {
      if (type.followUp() != null && !types.containsKey(type.followUp().visitTypeId())) {
        throw new IllegalArgumentException("follow-up visit type is not one of the practice's");
      }
    }
    for (OpeningRule rule : rules) {
      Checks.required(rule, "opening rule");
      List<OpeningRule> list = rulesByType.get(rule.visitTypeId());
      if (list == null) {
        throw new IllegalArgumentException("opening rule for a visit type the practice lacks");
      }
      list.add(rule);
    }
    for (Closure closure : closures) {
      Checks.required(closure, "closure");
      if (closure.visitTypeId() != null && !types.containsKey(closure.visitTypeId())) {
        throw new IllegalArgumentException("closure for a visit type the practice lacks");
      }
    }
    Map<UUID, SlotCalendar> built = new LinkedHashMap<>();
    for (VisitType type : types.values()) {
      built.put(type.id(), new SlotCalendar(zone, type, rulesByType.get(type.id()), closures));
    }
    this.calendars = built;
  }

  public UUID practiceId() {
    return practiceId;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The practice's visit types, in the order given. */
  public List<VisitType> visitTypes() {
    return calendars.values().stream().map(SlotCalendar::visitType).toList();
  }

  public Optional<SlotCalendar> calendar(UUID visitTypeId) {
    return Optional.ofNullable(calendars.get(visitTypeId));
  }

  /**
   * Checks a slot a patient asks for: {@link Reason#UNKNOWN_VISIT_TYPE} if the practice has no such
   * visit type, {@link Reason#NOT_BOOKABLE_ONLINE} if patients may not book it themselves, then
   * everything {@link SlotCalendar#validate} checks.
   *
   * @return the slot, with its end
   */
  public Slot validate(SlotId id, Instant now, BookingWindow window) throws SlotRejectedException {
    SlotCalendar calendar = calendarFor(Checks.required(id, "slot id"));
    if (!calendar.visitType().bookableOnline()) {
      throw new SlotRejectedException(
          Reason.NOT_BOOKABLE_ONLINE, "this visit type is not open to online booking");
    }
    return calendar.validate(id, now, window);
  }

  /**
   * Checks that {@code second} is the follow-up of {@code first} at an allowed distance (see {@link
   * FollowUps#check}); {@link Reason#UNKNOWN_VISIT_TYPE} if {@code first}'s visit type is unknown.
   */
  public void validateFollowUp(SlotId first, SlotId second) throws SlotRejectedException {
    SlotCalendar calendar = calendarFor(Checks.required(first, "first slot"));
    FollowUps.check(zone, calendar.visitType(), first, second);
  }

  /**
   * The earliest free slot in {@code [from, until)} among the visit types patients may book online,
   * for search results.
   */
  public Optional<Slot> earliestFree(Instant from, Instant until, Map<SlotId, Integer> taken) {
    Slot best = null;
    for (SlotCalendar calendar : calendars.values()) {
      if (!calendar.visitType().bookableOnline()) {
        continue;
      }
      Optional<Slot> candidate = calendar.earliestFree(from, until, taken);
      if (candidate.isPresent()
          && (best == null || candidate.get().start().isBefore(best.start()))) {
        best = candidate.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private SlotCalendar calendarFor(SlotId id) throws SlotRejectedException {
    SlotCalendar calendar = calendars.get(id.visitTypeId());
    if (calendar == null) {
      throw new SlotRejectedException(
          Reason.UNKNOWN_VISIT_TYPE, "the practice has no such visit type");
    }
    return calendar;
  }
}

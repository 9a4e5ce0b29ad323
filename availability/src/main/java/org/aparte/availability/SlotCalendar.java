package org.aparte.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aparte.availability.SlotRejectedException.Reason;

/**
 * The slot grid of one visit type: its weekly opening rules cut into consecutive slots, minus the
 * days it is closed, in the practice's time zone.
 *
 * <p>Each rule's window is cut in <em>local</em> time: slots start at the rule's start, then every
 * {@code duration} minutes, and the last one must end (in local time) by the rule's end; a partial
 * slot at the end is dropped. Patients and practices think in wall-clock time, so a 09:00 rule
 * starts at 09:00 in winter and in summer.
 *
 * <p>Daylight saving changes the mapping from local time to instants twice a year, and we resolve
 * it as follows:
 *
 * <ul>
 *   <li>A local start time inside a spring-forward gap (02:30 in Paris on the last Sunday of March)
 *       never appears on anyone's clock, so there is no slot there. We do not shift it to 03:30 as
 *       {@code ZonedDateTime.of} would: the shifted slot would collide with the real 03:30 slot.
 *   <li>A local start time that occurs twice at fall-back (02:30 in Paris on the last Sunday of
 *       October) gives one slot only, at the earlier offset (summer time), i.e. its first
 *       occurrence. Two slots with the same wall-clock label would be indistinguishable for a
 *       patient reading "02:30" on a confirmation.
 *   <li>A slot's end is its start <em>instant</em> plus the duration, not the local start plus the
 *       duration converted back: a 30-minute appointment lasts 30 real minutes whatever the clocks
 *       do during it. Converting a local end back would make the 02:30 fall-back slot last 90
 *       minutes, and a two-hour slot at 01:30 on spring-forward night last one.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. No clock is read: {@code now} is always a parameter.
 */
public final class SlotCalendar {
  /** The zone of a practice that does not say otherwise. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  /** The longest interval {@link #slots} lists at once, so one request cannot ask for years. */
  public static final Duration MAX_RANGE = BookingWindow.MAX_HORIZON.plusDays(1);

  private final ZoneId zone;
  private final ZoneRules zoneRules;
  private final VisitType visitType;
  private final long durationSeconds;
  private final DayRule[][] rulesByDay = new DayRule[7][];
  private final Closure[] closures;

  /** A rule with its slot start times precomputed, in minutes after local midnight. */
  private record DayRule(OpeningRule rule, int[] startMinutes) {}

  /**
   * @param zone the practice's time zone
   * @param visitType the visit type whose slots this calendar makes
   * @param rules the visit type's opening rules; a rule for another visit type is an error
   * @param closures the practice's closures; those for other visit types are ignored, those of
   *     another practice are an error
   */
  public SlotCalendar(
      ZoneId zone,
      VisitType visitType,
      Collection<OpeningRule> rules,
      Collection<Closure> closures) {
    this.zone = Checks.required(zone, "zone");
    this.zoneRules = zone.getRules();
    this.visitType = Checks.required(visitType, "visit type");
    Checks.required(rules, "opening rules");
    Checks.required(closures, "closures");
    this.durationSeconds = visitType.durationMinutes() * 60L;

    List<List<DayRule>> byDay = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      byDay.add(new ArrayList<>());
    }
    for (OpeningRule rule : rules) {
      Checks.required(rule, "opening rule");
      if (!rule.visitTypeId().equals(visitType.id())) {
        throw new IllegalArgumentException("opening rule belongs to another visit type");
      }
      byDay.get(rule.dayOfWeek().ordinal()).add(new DayRule(rule, startMinutes(rule)));
    }
    for (int i = 0; i < 7; i++) {
      rulesByDay[i] = byDay.get(i).toArray(DayRule[]::new);
    }

    List<Closure> mine = new ArrayList<>();
    for (Closure closure : closures) {
      Checks.required(closure, "closure");
      if (!closure.practiceId().equals(visitType.practiceId())) {
        throw new IllegalArgumentException("closure belongs to another practice");
      }
      if (closure.visitTypeId() == null || closure.visitTypeId().equals(visitType.id())) {
        mine.add(closure);
      }
    }
    this.closures = mine.toArray(Closure[]::new);
  }

  /** A calendar in {@link #DEFAULT_ZONE}. */
  public SlotCalendar(
      VisitType visitType, Collection<OpeningRule> rules, Collection<Closure> closures) {
    this(DEFAULT_ZONE, visitType, rules, closures);
  }

  private int[] startMinutes(OpeningRule rule) {
    int duration = visitType.durationMinutes();
    int first = rule.start().getHour() * 60 + rule.start().getMinute();
    int end = rule.end().getHour() * 60 + rule.end().getMinute();
    int count = (end - first) / duration;
    int[] starts = new int[count];
    for (int i = 0; i < count; i++) {
      starts[i] = first + i * duration;
    }
    return starts;
  }

  public ZoneId zone() {
    return zone;
  }

  public VisitType visitType() {
    return visitType;
  }

  /** Whether a closure covers {@code date} for this visit type. */
  public boolean isClosed(LocalDate date) {
    for (Closure closure : closures) {
      if (closure.closes(date, visitType.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The slots whose start lies in {@code [from, until)}, ordered by start, without duplicates (two
   * rules that produce the same start give one slot).
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from} or the interval is
   *     longer than {@link #MAX_RANGE}
   */
  public List<Slot> slots(Instant from, Instant until) {
    checkRange(from, until);
    List<Slot> out = new ArrayList<>();
    // A slot's local date can precede the local date of an instant after it only when clocks go
    // back across midnight, by less than a day; starting one day early covers that.
    LocalDate last = LocalDate.ofInstant(until, zone);
    for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (Slot slot : slotsOn(date)) {
        if (!slot.start().isBefore(from) && slot.start().isBefore(until)) {
          out.add(slot);
        }
      }
    }
    out.sort(Comparator.comparing(Slot::start));
    return out;
  }

  /** The slots that start on local date {@code date}, ordered by start; empty when closed. */
  public List<Slot> slotsOn(LocalDate date) {
    Checks.required(date, "date");
    DayRule[] dayRules = rulesByDay[date.getDayOfWeek().ordinal()];
    if (dayRules.length == 0 || isClosed(date)) {
      return List.of();
    }
    long[] starts = new long[countStarts(dayRules, date)];
    int n = 0;
    long uniformOffset = uniformOffsetSeconds(date);
    long localMidnight = date.toEpochDay() * SECONDS_PER_DAY;
    for (DayRule dayRule : dayRules) {
      if (!dayRule.rule().appliesOn(date)) {
        continue;
      }
      for (int minute : dayRule.startMinutes()) {
        long epochSecond =
            uniformOffset != NO_SUCH_TIME
                ? localMidnight + minute * 60L - uniformOffset
                : resolve(date, minute);
        if (epochSecond != NO_SUCH_TIME) {
          starts[n++] = epochSecond;
        }
      }
    }
    if (n == 0) {
      return List.of();
    }
    // Several rules may interleave or repeat starts; the sort also guards zones whose clocks jump
    // twice in one day. It costs little on the usual, already sorted, input.
    Arrays.sort(starts, 0, n);
    List<Slot> slots = new ArrayList<>(n);
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (starts[i] != previous) {
        slots.add(slotAt(starts[i]));
        previous = starts[i];
      }
    }
    return slots;
  }

  private static int countStarts(DayRule[] dayRules, LocalDate date) {
    int count = 0;
    for (DayRule dayRule : dayRules) {
      if (dayRule.rule().appliesOn(date)) {
        count += dayRule.startMinutes().length;
      }
    }
    return count;
  }

  private static final long NO_SUCH_TIME = Long.MIN_VALUE;
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long MAX_OFFSET_SECONDS = 18 * 3600;

  /**
   * The zone's offset in seconds if it is the same for every local time of {@code date}, which is
   * every day but the few with a transition; {@link #NO_SUCH_TIME} otherwise. This saves a zone
   * rules lookup per slot on ordinary days.
   */
  private long uniformOffsetSeconds(LocalDate date) {
    if (zoneRules.isFixedOffset()) {
      return zoneRules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
    // Local times of the day happen within [midnight - 18 h, midnight + 24 h + 18 h] in UTC terms,
    // offsets being within ±18 h; no transition in that span means one offset for the whole day.
    long localMidnight = date.toEpochDay() * SECONDS_PER_DAY;
    Instant spanStart = Instant.ofEpochSecond(localMidnight - MAX_OFFSET_SECONDS);
    ZoneOffsetTransition next = zoneRules.nextTransition(spanStart);
    if (next != null
        && next.toEpochSecond() <= localMidnight + SECONDS_PER_DAY + MAX_OFFSET_SECONDS) {
      return NO_SUCH_TIME;
    }
    return zoneRules.getOffset(spanStart).getTotalSeconds();
  }

  /**
   * The epoch second at which local {@code date} + {@code minuteOfDay} first happens in the zone,
   * or {@link #NO_SUCH_TIME} when that local time is skipped by a spring-forward gap.
   */
  private long resolve(LocalDate date, int minuteOfDay) {
    LocalDateTime local = date.atTime(minuteOfDay / 60, minuteOfDay % 60);
    List<ZoneOffset> offsets = zoneRules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return NO_SUCH_TIME; // in a gap: this wall-clock time does not exist that day
    }
    // One offset normally; two in a fall-back overlap, where the earliest instant wins.
    long earliest = Long.MAX_VALUE;
    for (ZoneOffset offset : offsets) {
      earliest = Math.min(earliest, local.toEpochSecond(offset));
    }
    return earliest;
  }

  private Slot slotAt(long startEpochSecond) {
    // Real elapsed time: the end is the start instant plus the duration (see the class comment).
    return new Slot(
        visitType.id(),
        Instant.ofEpochSecond(startEpochSecond),
        Instant.ofEpochSecond(startEpochSecond + durationSeconds));
  }

  /**
   * Checks that {@code id} names one of this calendar's slots and may be booked at {@code now}:
   * this is how the server refuses a made-up slot. The checks run in this order, and the first that
   * fails gives the reason: {@link Reason#UNKNOWN_VISIT_TYPE} (another visit type), {@link
   * Reason#IN_THE_PAST} (starts at or before now), {@link Reason#TOO_SOON} (before now plus the
   * minimum notice), {@link Reason#BEYOND_HORIZON} (after now plus the horizon), {@link
   * Reason#CLOSED} (a closure covers its local date), {@link Reason#NOT_ON_GRID} (no rule makes a
   * slot that starts at that instant).
   *
   * <p>This does not look at {@link VisitType#bookableOnline()}: staff may book any visit type.
   * {@link PracticeCalendar#validate} does, for patients' own bookings.
   *
   * @return the slot, with its end
   */
  public Slot validate(SlotId id, Instant now, BookingWindow window) throws SlotRejectedException {
    Checks.required(id, "slot id");
    Checks.required(now, "now");
    Checks.required(window, "booking window");
    if (!id.visitTypeId().equals(visitType.id())) {
      throw new SlotRejectedException(
          Reason.UNKNOWN_VISIT_TYPE, "the slot is for a visit type this calendar does not have");
    }
    Instant start = id.start();
    if (!start.isAfter(now)) {
      throw new SlotRejectedException(Reason.IN_THE_PAST, "the slot starts at or before now");
    }
    if (start.isBefore(window.earliestStart(now))) {
      throw new SlotRejectedException(
          Reason.TOO_SOON,
          "the slot starts less than " + window.minimumNotice().toMinutes() + " minutes from now");
    }
    if (start.isAfter(window.latestStart(now))) {
      throw new SlotRejectedException(
          Reason.BEYOND_HORIZON,
          "the slot starts more than " + window.horizon().toDays() + " days from now");
    }
    LocalDate date = LocalDate.ofInstant(start, zone);
    if (isClosed(date)) {
      throw new SlotRejectedException(Reason.CLOSED, "closed on " + date);
    }
    for (Slot slot : slotsOn(date)) {
      if (slot.start().equals(start)) {
        return slot;
      }
    }
    throw new SlotRejectedException(
        Reason.NOT_ON_GRID, "no slot of this visit type starts at that time on " + date);
  }

  /** {@link #validate} as a yes/no answer. */
  public boolean isBookable(SlotId id, Instant now, BookingWindow window) {
    try {
      validate(id, now, window);
      return true;
    } catch (SlotRejectedException e) {
      return false;
    }
  }

  /** {@link #validate} as a yes/no answer, with no minimum notice and the given horizon. */
  public boolean isBookable(SlotId id, Instant now, Duration horizon) {
    return isBookable(id, now, BookingWindow.withHorizon(horizon));
  }

  /**
   * The first slot starting in {@code [from, until)} that still has room, reading one day at a time
   * and stopping at the first hit, so that a search over many practices stays cheap.
   *
   * @param taken bookings per slot; a slot that is absent has none
   */
  public Optional<Slot> earliestFree(Instant from, Instant until, Map<SlotId, Integer> taken) {
    checkRange(from, until);
    Checks.required(taken, "taken counts");
    int capacity = visitType.capacity();
    LocalDate last = LocalDate.ofInstant(until, zone);
    // Days are visited in order, and a day's slots all start before the next day's (outside
    // zones whose clocks jump twice within one day), so the first free slot found is the earliest.
    for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (Slot slot : slotsOn(date)) {
        if (!slot.start().isBefore(from)
            && slot.start().isBefore(until)
            && Availability.isFree(slot, taken, capacity)) {
          return Optional.of(slot);
        }
      }
    }
    return Optional.empty();
  }

  private static void checkRange(Instant from, Instant until) {
    Checks.required(from, "from");
    Checks.required(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until must not be before from");
    }
    if (Duration.between(from, until).compareTo(MAX_RANGE) > 0) {
      throw new IllegalArgumentException(
          "a slot listing may cover at most " + MAX_RANGE.toDays() + " days");
    }
  }
}

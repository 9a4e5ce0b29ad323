package org.aparte.server.practice;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.VisitType;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.FollowUpSpec;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.RulesRequest;
import org.aparte.protocol.practice.SlotsResponse;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.practice.VisitTypeView;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.practice.PracticeSchedule;
import org.aparte.store.practice.PracticeStore;
import org.aparte.store.practice.StoredPractice;

/**
 * A practice's availability: its members set visit types, weekly hours and closures; anyone lists
 * the free slots of a visit type open to online booking. All of it is public information.
 */
public final class AvailabilityRoutes {
  /** Longest slot listing per request. */
  public static final Duration MAX_SLOT_RANGE = Duration.ofDays(31);

  private static final Duration DEFAULT_SLOT_RANGE = Duration.ofDays(7);

  private final PracticeStore store;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;
  private final JsonBodies bodies;
  private final SlotFinder slots;
  private final Clock clock;

  public AvailabilityRoutes(
      PracticeStore store,
      SessionAuthenticator sessions,
      PracticeAccess access,
      JsonBodies bodies,
      Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.access = access;
    this.bodies = bodies;
    this.slots = new SlotFinder(store);
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.put("/v1/practices/{id}/visit-types/{visitTypeId}", this::putVisitType),
        Route.put("/v1/practices/{id}/visit-types/{visitTypeId}/rules", this::putRules),
        Route.post("/v1/practices/{id}/closures", this::addClosure),
        Route.get("/v1/practices/{id}/slots", this::slots));
  }

  private void putVisitType(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    UUID typeId = Params.pathUuid(ctx, "visitTypeId");
    access.requireMember(account, id);
    VisitTypeRequest request = bodies.read(ctx, VisitTypeRequest.class);
    FollowUpSpec spec = request.followUp();
    if (spec != null && spec.visitTypeId().equals(typeId)) {
      throw new BadRequestException("followUp.visitTypeId", "must be another visit type");
    }
    VisitType type;
    try {
      type =
          new VisitType(
              typeId,
              id,
              request.name(),
              request.durationMinutes(),
              request.bookableOnline(),
              request.capacity(),
              spec == null
                  ? null
                  : new FollowUp(spec.visitTypeId(), spec.minDays(), spec.maxDays()));
    } catch (IllegalArgumentException e) {
      // The availability module's own rules; its messages may quote values, so they stay here.
      throw BadRequestException.of("the visit type breaks a rule of the availability model");
    }
    switch (store.putVisitType(type)) {
      case DONE -> ctx.status(204);
      case BELONGS_TO_ANOTHER_PRACTICE ->
          throw new ConflictException(
              "visit_type_id_taken", "this visit type id belongs to another practice");
      case UNKNOWN_FOLLOW_UP ->
          throw new BadRequestException(
              "followUp.visitTypeId", "is not a visit type of this practice");
    }
  }

  private void putRules(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    UUID typeId = Params.pathUuid(ctx, "visitTypeId");
    access.requireMember(account, id);
    RulesRequest request = bodies.read(ctx, RulesRequest.class);
    List<OpeningRule> rules = new ArrayList<>();
    for (int i = 0; i < request.rules().size(); i++) {
      RuleSpec spec = request.rules().get(i);
      try {
        rules.add(
            new OpeningRule(
                typeId,
                spec.dayOfWeek(),
                spec.start(),
                spec.end(),
                spec.validFrom(),
                spec.validUntil()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("rules[" + i + "]", "is not a valid opening rule");
      }
    }
    if (!store.replaceRules(id, typeId, rules)) {
      throw new NotFoundException("no such visit type in this practice");
    }
    ctx.status(204);
  }

  private void addClosure(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireMember(account, id);
    ClosureRequest request = bodies.read(ctx, ClosureRequest.class);
    Closure closure;
    try {
      closure = new Closure(id, request.from(), request.until(), request.visitTypeId());
    } catch (IllegalArgumentException e) {
      throw BadRequestException.of("the closure breaks a rule of the availability model");
    }
    switch (store.addClosure(request.closureId(), closure)) {
      case ADDED -> ctx.status(204);
      case UNKNOWN_VISIT_TYPE ->
          throw new BadRequestException("visitTypeId", "is not a visit type of this practice");
      case ID_TAKEN ->
          throw new ConflictException("closure_id_taken", "this closure id is already used");
    }
  }

  private void slots(Context ctx) {
    UUID id = Params.pathUuid(ctx, "id");
    UUID typeId = Params.uuid("visitType", Params.query(ctx, "visitType"));
    StoredPractice practice = existing(id);
    var zone = practice.profile().zone();
    Instant now = clock.instant();
    Instant from = Params.instantOrDate(ctx, "from", zone, false);
    Instant to = Params.instantOrDate(ctx, "to", zone, true);
    if (from == null) {
      from = now;
    }
    if (to == null) {
      to = from.plus(DEFAULT_SLOT_RANGE);
    }
    if (!to.isAfter(from)) {
      throw new BadRequestException("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_SLOT_RANGE) > 0) {
      throw new BadRequestException("to", "must be at most 31 days after from");
    }
    PracticeSchedule schedule = store.schedules(List.of(id), Map.of(id, zone), null, null).get(id);
    VisitType type =
        schedule.visitTypes().stream()
            .filter(t -> t.id().equals(typeId) && t.bookableOnline())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("no such visit type open to online booking"));
    ctx.json(new SlotsResponse(slots.freeSlots(schedule, type, from, to, now)));
  }

  private StoredPractice existing(UUID id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("no such practice"));
  }

  static VisitTypeView view(VisitType type) {
    FollowUp followUp = type.followUp();
    return new VisitTypeView(
        type.id(),
        type.name(),
        type.durationMinutes(),
        type.bookableOnline(),
        type.capacity(),
        followUp == null
            ? null
            : new FollowUpSpec(followUp.visitTypeId(), followUp.minDays(), followUp.maxDays()));
  }
}

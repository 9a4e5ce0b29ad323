package org.aparte.server.practice;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.reference.Specialties;
import org.aparte.protocol.practice.ClosureView;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.ScheduleView;
import org.aparte.protocol.practice.VisitTypeRules;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.practice.PracticeSchedule;
import org.aparte.store.practice.PracticeStore;

/**
 * A practice's settings after set-up: its members read back the weekly hours and closures, and an
 * admin replaces the public profile. All of it is public data (the directory and the free slots
 * show it); the routes are for members only so that the set-up page is the practice's own.
 */
public final class PracticeSettingsRoutes {
  private final PracticeStore store;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;
  private final JsonBodies bodies;

  public PracticeSettingsRoutes(
      PracticeStore store,
      SessionAuthenticator sessions,
      PracticeAccess access,
      JsonBodies bodies) {
    this.store = Objects.requireNonNull(store, "store");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.access = Objects.requireNonNull(access, "access");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/v1/practices/{id}/schedule", this::schedule),
        Route.put("/v1/practices/{id}/profile", this::replaceProfile));
  }

  private void schedule(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireMember(account, id);
    var practice = store.find(id).orElseThrow(() -> new NotFoundException("no such practice"));
    PracticeSchedule schedule =
        store.schedules(List.of(id), Map.of(id, practice.profile().zone()), null, null).get(id);
    List<VisitTypeRules> types =
        schedule.visitTypes().stream()
            .map(
                type ->
                    new VisitTypeRules(
                        type.id(),
                        schedule.rules().stream()
                            .filter(rule -> rule.visitTypeId().equals(type.id()))
                            .map(PracticeSettingsRoutes::spec)
                            .toList()))
            .toList();
    List<ClosureView> closures =
        schedule.closures().stream()
            .map(c -> new ClosureView(c.from(), c.until(), c.visitTypeId()))
            .toList();
    ctx.json(new ScheduleView(types, closures));
  }

  private void replaceProfile(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    access.requireAdmin(account, id);
    PracticeProfile profile = bodies.read(ctx, PracticeProfile.class);
    if (Specialties.standard().find(profile.specialty()).isEmpty()) {
      throw new BadRequestException("specialty", "is not a known specialty code");
    }
    switch (store.replaceProfile(id, profile)) {
      case UPDATED -> ctx.status(204);
      case NO_SUCH_PRACTICE -> throw new NotFoundException("no such practice");
      case TIME_ZONE_FIXED ->
          throw new BadRequestException("timeZone", "cannot change after set-up");
    }
  }

  private static RuleSpec spec(OpeningRule rule) {
    return new RuleSpec(
        rule.dayOfWeek(), rule.start(), rule.end(), rule.validFrom(), rule.validUntil());
  }
}

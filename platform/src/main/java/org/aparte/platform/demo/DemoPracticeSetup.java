package org.aparte.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.VisitType;
import org.aparte.availability.demo.DemoPractice;
import org.aparte.availability.demo.Practitioner;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.practice.Practices;
import org.aparte.protocol.practice.FollowUpSpec;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.VisitTypeRequest;

/** Creates one demo practice through the API: its profile, visit types and opening hours. */
final class DemoPracticeSetup {
  private final URI server;
  private final SecureRandom random;

  DemoPracticeSetup(URI server, SecureRandom random) {
    this.server = server;
    this.random = random;
  }

  UUID create(AccountSession admin, DemoPractice practice) throws IOException, ApiError {
    Practices practices = new Practices(admin.transport(), new AnonymousTransport(server), random);
    UUID practiceId =
        practices.create(admin.keys().encryptionKeys(), profile(practice)).practiceId();
    // Fresh visit type ids; a follow-up must exist before the visit type that names it.
    Map<UUID, UUID> ids = new HashMap<>();
    for (VisitType type : practice.visitTypes()) {
      ids.put(type.id(), UUID.randomUUID());
    }
    List<VisitType> ordered = new ArrayList<>();
    practice.visitTypes().stream().filter(t -> t.followUp() == null).forEach(ordered::add);
    practice.visitTypes().stream().filter(t -> t.followUp() != null).forEach(ordered::add);
    for (VisitType type : ordered) {
      UUID id = ids.get(type.id());
      practices.putVisitType(practiceId, id, visitType(type, ids));
      practices.putRules(practiceId, id, rules(practice, type));
    }
    return practiceId;
  }

  private static VisitTypeRequest visitType(VisitType type, Map<UUID, UUID> ids) {
    FollowUpSpec followUp =
        type.followUp() == null
            ? null
            : new FollowUpSpec(
                ids.get(type.followUp().visitTypeId()),
                type.followUp().minDays(),
                type.followUp().maxDays());
    return new VisitTypeRequest(
        type.name(), type.durationMinutes(), type.bookableOnline(), type.capacity(), followUp);
  }

  private static List<RuleSpec> rules(DemoPractice practice, VisitType type) {
    List<RuleSpec> rules = new ArrayList<>();
    for (OpeningRule rule : practice.openingRules()) {
      if (rule.visitTypeId().equals(type.id())) {
        rules.add(
            new RuleSpec(
                rule.dayOfWeek(), rule.start(), rule.end(), rule.validFrom(), rule.validUntil()));
      }
    }
    return rules;
  }

  static PracticeProfile profile(DemoPractice practice) {
    return new PracticeProfile(
        practice.name(),
        practice.practitioners().stream().map(Practitioner::displayName).toList(),
        practice.specialtyCode(),
        practice.address().street(),
        practice.address().postcode(),
        practice.address().city(),
        practice.address().latitude(),
        practice.address().longitude(),
        practice.languages(),
        practice.phone(),
        practice.zone().getId());
  }
}

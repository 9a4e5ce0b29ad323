package org.aparte.leaktest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.practice.CreatedPractice;
import org.aparte.client.practice.Practices;
import org.aparte.client.reminder.Notices;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.FollowUpSpec;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.VisitTypeRequest;

/** The practice side: an owner sets up a practice, its staff, its agenda; a secretary works it. */
final class PracticeFlows {
  final UUID consult = UUID.randomUUID();
  final UUID dose1 = UUID.randomUUID();
  final UUID dose2 = UUID.randomUUID();
  final UUID staffOnly = UUID.randomUUID();
  UUID practiceId;
  AccountSession secretary;

  /** The owner, a practitioner: signs prescriptions with the account's signing key. */
  AccountSession practitioner;

  private final FlowContext context;

  PracticeFlows(FlowContext context) {
    this.context = context;
  }

  void setUp() throws Exception {
    AccountSession owner =
        context
            .accounts()
            .register(context.login("owner"), Role.PRACTITIONER, context.password())
            .session();
    secretary =
        context
            .accounts()
            .register(context.login("secretary"), Role.SECRETARY, context.password())
            .session();
    AccountSession locum =
        context
            .accounts()
            .register(context.login("locum"), Role.PRACTITIONER, context.password())
            .session();
    practitioner = owner;
    context.step("practice staff register");

    Practices practices = practices(owner);
    CreatedPractice created = practices.create(owner.keys().encryptionKeys(), profile());
    practiceId = created.practiceId();
    context.step("practice created with its key pair");

    practices.putVisitType(
        practiceId, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    practices.putVisitType(practiceId, dose2, new VisitTypeRequest("Dose 2", 15, true, 2, null));
    practices.putVisitType(
        practiceId,
        dose1,
        new VisitTypeRequest("Dose 1", 15, true, 2, new FollowUpSpec(dose2, 21, 35)));
    practices.putVisitType(
        practiceId, staffOnly, new VisitTypeRequest("Soins", 30, false, 1, null));
    for (UUID type : List.of(consult, dose1, dose2, staffOnly)) {
      List<RuleSpec> rules = new ArrayList<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        rules.add(new RuleSpec(day, LocalTime.of(8, 0), LocalTime.of(18, 0), null, null));
      }
      practices.putRules(practiceId, type, rules);
    }
    var closed = context.today().plusDays(60);
    practices.addClosure(practiceId, new ClosureRequest(UUID.randomUUID(), closed, closed, null));
    context.step("visit types, linked follow-up, opening hours, closure");

    var keyring = practices.keyring(practiceId, owner.keys().encryptionKeys());
    KeyDirectory log = KeyDirectory.pinnedNow(new LogClient(context.anonymous()));
    for (AccountSession member : List.of(secretary, locum)) {
      var keys = owner.lookUp(member.login());
      practices.addMember(
          practiceId, keyring, keys.accountId(), keys.encryptionKey(), MemberRole.MEMBER, log);
    }
    practices.removeMember(
        practiceId,
        practices.keyring(practiceId, owner.keys().encryptionKeys()),
        locum.accountId(),
        log);
    context.step("members added; one removed, rotating the practice key");
  }

  private PracticeProfile profile() {
    return new PracticeProfile(
        context.canaries.practiceNameControl.value(),
        List.of("Dr Public Practitioner"),
        "cardiologie",
        "3 place du Public",
        "69002",
        "Lyon",
        45.7578,
        4.8320,
        List.of("fr", "en"),
        "04 00 00 00 00",
        "Europe/Paris");
  }

  Practices practices(AccountSession session) {
    return new Practices(session.transport(), context.anonymous(), context.random);
  }

  /** What a patient's client encrypts to, from the public practice view. */
  PracticeTarget target() throws Exception {
    PracticeView view = context.publicPractices().show(practiceId);
    return new PracticeTarget(
        practiceId,
        view.profile().name(),
        EncryptionPublicKey.decode(view.key().publicKey()),
        view.key().version());
  }

  /** The secretary's session transport, for the member routes the SDK classes above do not wrap. */
  ApiTransport secretaryTransport() {
    return secretary.transport();
  }

  Agenda agenda() {
    return new Agenda(secretary.transport(), context.random, context.clock);
  }

  Notices notices() throws Exception {
    return new Notices(
        secretary.transport(),
        context.random,
        context.clock,
        KeyDirectory.pinnedNow(new LogClient(context.anonymous())));
  }

  PracticeKeyring keyring() throws Exception {
    return new PracticeKeyring(
        practices(secretary).keyring(practiceId, secretary.keys().encryptionKeys()).versions());
  }
}

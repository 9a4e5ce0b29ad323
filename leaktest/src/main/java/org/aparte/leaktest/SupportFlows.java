package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.support.AccessHistory;
import org.aparte.client.support.AgentDesk;
import org.aparte.client.support.SupportDesk;
import org.aparte.client.support.SupportRefs;
import org.aparte.client.support.TeamRotation;
import org.aparte.client.support.VaultRecord;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;

/**
 * Support access: a ticket and messages both ways, an access request, a narrower approval, the
 * agent's read, a revocation and the user's verified history, with canaries in the subject, the
 * messages, the reason, and in a disclosed and a withheld field.
 */
final class SupportFlows {
  private final FlowContext context;
  private final Canaries c;
  private final Consumer<String> promote;

  /** {@code promote} does what the operator's support-admin command does for a login. */
  SupportFlows(FlowContext context, Consumer<String> promote) {
    this.context = context;
    this.c = context.canaries;
    this.promote = promote;
  }

  void run() throws Exception {
    AccountSession agent =
        context
            .accounts()
            .register(context.login("agent"), Role.PATIENT, context.password())
            .session();
    promote.accept(context.login("agent"));
    new TeamRotation(agent.transport(), directory(), context.random).rotate();
    context.step("support agent promoted by the admin command; team key rotated on its device");
    // What the web app's header asks to show the agent's page (its answer is in the leak scan too).
    require(
        agent
            .transport()
            .call("GET", "v1/support/team/me", null, org.aparte.protocol.support.AgentStatus.class)
            .agent(),
        "the agent is told it is an agent");

    AccountSession user =
        context
            .accounts()
            .register(context.login("support-user"), Role.PATIENT, context.password())
            .session();
    UUID bookingId = UUID.randomUUID();
    VaultDocument vault =
        VaultDocument.empty()
            .withProfile(
                new VaultProfile(
                    null, c.supportDisclosedName.value(), null, null, null, null, null))
            .withAppointment(
                new AppointmentRef(
                    bookingId,
                    UUID.randomUUID(),
                    List.of(),
                    "Consultation",
                    "Cabinet",
                    Instant.parse("2030-01-02T09:00:00Z"),
                    new byte[32],
                    new byte[32],
                    null,
                    "CONFIRMED",
                    c.supportWithheldNote.value()));
    user.vault().update(v -> vault);
    SupportRefs refs = new SupportRefs(user.keys().vaultKey());
    SupportDesk desk =
        new SupportDesk(
            user.transport(), user.keys().encryptionKeys(), refs, directory(), context.random);
    UUID ticket = desk.open(c.supportSubject.value(), VaultRecord.all(vault));
    desk.post(ticket, c.supportMessage.value());
    AgentDesk agentDesk =
        new AgentDesk(
            agent.transport(),
            agent.keys().encryptionKeys(),
            directory(),
            context.random,
            context.clock);
    var thread = agentDesk.read(ticket);
    require(thread.subject().equals(c.supportSubject.value()), "agent reads the subject");
    agentDesk.post(ticket, c.supportReply.value());
    require(
        desk.read(ticket).messages().get(1).text().equals(c.supportReply.value()),
        "user reads the reply");
    context.step("support ticket: subject and messages both ways, sealed to team and user");

    byte[] profile = refs.handle(ticket, RefKind.PROFILE, SupportRefs.PROFILE_ID);
    byte[] booking = refs.handle(ticket, RefKind.BOOKING, bookingId);
    UUID request =
        agentDesk.requestAccess(
            ticket,
            List.of(
                new ScopeItem(profile, List.of("last-name")),
                new ScopeItem(booking, List.of("date", "note"))),
            c.supportReason.value(),
            Duration.ofHours(1));
    var pending = desk.requests(ticket, vault).getFirst();
    require(pending.reason().equals(c.supportReason.value()), "user reads the reason");
    desk.approve(
        pending.request(),
        List.of(
            new ScopeItem(profile, List.of("last-name")), new ScopeItem(booking, List.of("date"))),
        vault);
    var disclosed = agentDesk.fetch(request);
    require(
        disclosed.records().stream()
            .anyMatch(r -> c.supportDisclosedName.value().equals(r.fields().get("last-name"))),
        "agent reads the disclosed field");
    require(
        disclosed.records().stream().noneMatch(r -> r.fields().containsKey("note")),
        "the withheld field is not disclosed");
    desk.revoke(request);
    context.step("access request, narrower approval, agent's read, revocation");

    AccessHistory history =
        new AccessHistory(user.transport(), log(), new LogMonitor(log(), pinned(), heads));
    require(verifiedSoon(history, ticket) == 4, "history: request, approval, fetch, revocation");
    context.step("the user's access history, each entry proven in the log");
  }

  private final TreeHeadStore heads = TreeHeadStore.inMemory();

  private LogClient log() {
    return new LogClient(context.anonymous());
  }

  private SigningPublicKey pinned() throws Exception {
    return SigningPublicKey.decode(log().publicKey());
  }

  private KeyDirectory directory() throws Exception {
    return new KeyDirectory(log(), new LogMonitor(log(), pinned(), heads));
  }

  /** The events are queued until the next signed head (about a second): wait for it. */
  private int verifiedSoon(AccessHistory history, UUID ticket) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return history.verified(ticket).size();
      } catch (org.aparte.client.log.UnloggedEventException notYet) {
        if (attempt >= 20) {
          throw notYet;
        }
        Thread.sleep(500);
      }
    }
  }
}

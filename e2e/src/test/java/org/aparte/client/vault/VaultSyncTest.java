package org.aparte.client.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.LiveServer;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.vault.VaultWriteRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VaultSyncTest {
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AccountSession[] twoDevices() throws Exception {
    String login = "vault-" + UUID.randomUUID() + "@example.org";
    AccountSession first =
        server.newDevice().register(login, Role.PATIENT, "pw".toCharArray()).session();
    AccountSession second = server.newDevice().login(login, "pw".toCharArray());
    return new AccountSession[] {first, second};
  }

  @Test
  void anEmptyVaultReadsAsAnEmptyDocument() throws Exception {
    VaultDocument document = twoDevices()[0].vault().read();
    assertThat(document.relatives()).isEmpty();
    assertThat(document.appointments()).isEmpty();
    assertThat(document.profile()).isEqualTo(VaultProfile.empty());
  }

  @Test
  void twoDevicesWritingAtOnceLoseNoUpdate() throws Exception {
    AccountSession[] devices = twoDevices();
    VaultSync a = devices[0].vault();
    VaultSync b = devices[1].vault();
    AtomicInteger aCalls = new AtomicInteger();
    List<Exception> failures = new ArrayList<>();

    VaultDocument stored =
        a.update(
            doc -> {
              if (aCalls.incrementAndGet() == 1) {
                // Device B writes between A's read and A's write.
                try {
                  b.update(other -> other.withRelative(relative("FromB")));
                } catch (Exception e) {
                  failures.add(e);
                }
              }
              return doc.withRelative(relative("FromA"));
            });

    assertThat(failures).isEmpty();
    assertThat(aCalls).hasValue(2);
    assertThat(stored.relatives())
        .extracting(Relative::firstName)
        .containsExactly("FromB", "FromA");
    assertThat(b.read().relatives())
        .extracting(Relative::firstName)
        .containsExactlyInAnyOrder("FromA", "FromB");
  }

  @Test
  void manyConcurrentWritersAllLand() throws Exception {
    AccountSession[] devices = twoDevices();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 6; i++) {
      VaultSync sync = devices[i % 2].vault();
      String name = "R" + i;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      sync.update(doc -> doc.withRelative(relative(name)));
                    } catch (Exception e) {
                      failures.add(e);
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
    assertThat(devices[0].vault().read().relatives()).hasSize(6);
  }

  @Test
  void appointmentsRoundTripWithTheirSecrets() throws Exception {
    AccountSession device = twoDevices()[0];
    var ref =
        new AppointmentRef(
            UUID.randomUUID(),
            UUID.randomUUID(),
            List.of(UUID.randomUUID() + "@2026-12-01T09:00:00Z"),
            "Consultation",
            "Cabinet Dupont",
            Instant.parse("2026-12-01T09:00:00Z"),
            new byte[] {1, 2, 3},
            new byte[] {4, 5, 6},
            null,
            "CONFIRMED",
            "bring the X-ray");
    device.vault().update(doc -> doc.withAppointment(ref));
    AppointmentRef read = device.vault().read().appointments().get(0);
    assertThat(read.bookingId()).isEqualTo(ref.bookingId());
    assertThat(read.slotIds()).isEqualTo(ref.slotIds());
    assertThat(read.start()).isEqualTo(ref.start());
    assertThat(read.dataKey()).containsExactly(1, 2, 3);
    assertThat(read.cancelSecret()).containsExactly(4, 5, 6);
    assertThat(read.note()).isEqualTo("bring the X-ray");
    assertThat(read.toString()).doesNotContain("X-ray");
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndAForeignVaultDoesNotOpen() throws Exception {
    AccountSession device = twoDevices()[0];
    device.vault().update(doc -> doc.withRelative(relative("One")));
    byte[] sealedElsewhere =
        org.aparte.crypto.record.RecordCipher.seal(
            SecretBytes.random(32, new java.security.SecureRandom()),
            VaultSync.RECORD_TYPE,
            org.aparte.client.account.Ids.bytes(device.accountId()),
            "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new java.security.SecureRandom());
    assertThatThrownBy(
            () ->
                device
                    .transport()
                    .call(
                        "PUT",
                        "/v1/vault",
                        new VaultWriteRequest(0L, sealedElsewhere),
                        Object.class))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isEqualTo("vault_conflict");
              assertThat(e.getMessage()).contains("1");
            });
    device
        .transport()
        .call("PUT", "/v1/vault", new VaultWriteRequest(1L, sealedElsewhere), Object.class);
    assertThatThrownBy(() -> device.vault().read()).isInstanceOf(DecryptionFailedException.class);
  }

  static Relative relative(String firstName) {
    return new Relative(UUID.randomUUID(), firstName, "Doe", null, "child");
  }
}

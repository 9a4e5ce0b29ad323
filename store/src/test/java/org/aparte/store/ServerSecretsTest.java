package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.aparte.crypto.SecretBytes;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class ServerSecretsTest {
  @Test
  void aSecretIsCreatedOnceAndSharedByEveryInstance() {
    DatabaseConfig config = TestPostgres.freshDatabase();
    try (Database serverA = Database.open(config);
        Database serverB = Database.open(config)) {
      SecretBytes first = new ServerSecrets(serverA, new SecureRandom()).getOrCreate("fake-salt");
      SecretBytes again = new ServerSecrets(serverB, new SecureRandom()).getOrCreate("fake-salt");
      SecretBytes other = new ServerSecrets(serverA, new SecureRandom()).getOrCreate("other");

      assertThat(first.length()).isEqualTo(ServerSecrets.SECRET_LENGTH);
      assertThat(again.equalsSecret(first)).isTrue();
      assertThat(other.equalsSecret(first)).isFalse();
      assertThat(first.toString()).isEqualTo("[REDACTED]");
    }
  }

  @Test
  void namesAreChecked() {
    try (Database database = TestPostgres.openFreshDatabase()) {
      var secrets = new ServerSecrets(database, new SecureRandom());
      assertThatThrownBy(() -> secrets.getOrCreate("Fake Salt"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

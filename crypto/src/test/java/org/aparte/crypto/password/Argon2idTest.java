package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idTest {

  private static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) value);
    return out;
  }

  /**
   * RFC 9106 section 5.3. Our API never passes a secret or associated data, so the vector adds them
   * to the very builder our key derivation uses.
   */
  @Test
  void rfc9106Argon2idTestVector() {
    Argon2Parameters parameters =
        Argon2id.configure(32, 3, 4, filled(16, 0x02))
            .withSecret(filled(8, 0x03))
            .withAdditional(filled(12, 0x04))
            .build();

    byte[] tag = Argon2id.hash(filled(32, 0x01), parameters);

    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void configurationIsArgon2idVersion13() {
    Argon2Parameters parameters = Argon2id.configure(8192, 2, 3, filled(16, 7)).build();

    assertThat(parameters.getType()).isEqualTo(Argon2Parameters.ARGON2_id);
    assertThat(parameters.getVersion()).isEqualTo(0x13);
    assertThat(parameters.getMemory()).isEqualTo(8192);
    assertThat(parameters.getIterations()).isEqualTo(2);
    assertThat(parameters.getLanes()).isEqualTo(3);
    assertThat(parameters.getSecret()).isNull();
    assertThat(parameters.getAdditional()).isNull();
  }

  @Test
  void paramsPathUsesTheSameConfiguration() {
    byte[] salt = filled(16, 0x02);
    byte[] password = filled(32, 0x01);
    Argon2Params params = new Argon2Params(8192, 1, 2);

    assertThat(Argon2id.hash(password, params, salt))
        .isEqualTo(Argon2id.hash(password, Argon2id.configure(8192, 1, 2, salt).build()))
        .hasSize(32);
  }
}

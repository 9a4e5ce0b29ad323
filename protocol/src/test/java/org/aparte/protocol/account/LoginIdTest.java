package org.aparte.protocol.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aparte.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class LoginIdTest {
  @Test
  void loginsAreTrimmedAndLowerCased() {
    assertThat(LoginId.normalize("login", "  Alice.Martin+rdv@Example.ORG\t"))
        .isEqualTo("alice.martin+rdv@example.org");
  }

  @Test
  void malformedLoginsAreRefusedWithoutEchoingThem() {
    for (String bad :
        new String[] {
          "",
          "   ",
          "no-at-sign",
          "two@@example.org",
          "a@b",
          "spa ce@example.org",
          "a@-bad-.org",
          "line\nbreak@example.org",
          "x".repeat(250) + "@example.org"
        }) {
      assertThatThrownBy(() -> LoginId.normalize("login", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidFieldException.class,
              e -> {
                assertThat(e.field()).isEqualTo("login");
                if (!bad.isBlank()) {
                  assertThat(e.getMessage()).doesNotContain(bad.strip());
                }
              });
    }
    assertThatThrownBy(() -> LoginId.normalize("login", null))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void wireRecordsCheckTheirFields() {
    assertThatThrownBy(() -> new LoginRequest("a@example.org", new byte[31]))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("authKey"));
    assertThat(new LoginRequest(" A@Example.org", new byte[32]).login()).isEqualTo("a@example.org");
    assertThat(new LoginRequest("a@example.org", new byte[32]).toString()).contains("REDACTED");
  }
}

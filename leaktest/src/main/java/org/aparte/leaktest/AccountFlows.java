package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import org.aparte.client.account.AccountSession;
import org.aparte.client.account.Registration;
import org.aparte.client.vault.VaultDocument;

/** The patient's account life: logout, a new device, a password change, the recovery code. */
final class AccountFlows {
  private final FlowContext context;
  private final Canaries c;

  AccountFlows(FlowContext context) {
    this.context = context;
    this.c = context.canaries;
  }

  /** {@code registration} is the patient's, whose vault holds a relative and three bookings. */
  void run(Registration registration) throws Exception {
    registration.session().logout();
    AccountSession other = context.accounts().login(context.login("patient"), context.password());
    VaultDocument read = other.vault().read();
    require(read.profile().lastName().equals(c.patientLastName.value()), "vault on a new device");
    require(read.appointments().size() == 3, "appointments on a new device");
    char[] newPassword = (c.passwordCanary.value() + "-2").toCharArray();
    other.changePassword(context.password(), newPassword);
    other.logout();
    context.step("logout, login on a new device, password change");

    String code = registration.recoveryCode().revealForDisplay();
    char[] third = (c.passwordCanary.value() + "-3").toCharArray();
    AccountSession recovered = context.accounts().recover(context.login("patient"), code, third);
    require(recovered.vault().read().relatives().size() == 1, "vault after recovery");
    recovered.logout();
    context.step("reset with the recovery code");
  }
}

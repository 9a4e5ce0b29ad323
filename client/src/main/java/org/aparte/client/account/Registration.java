package org.aparte.client.account;

import org.aparte.crypto.password.RecoveryCode;

/**
 * A new account, logged in, and its recovery code. Show the code to the user once ({@link
 * RecoveryCode#revealForDisplay()}) and then {@link RecoveryCode#destroy()} it: it is never stored.
 */
public record Registration(AccountSession session, RecoveryCode recoveryCode) {}

package org.aparte.cli.support;

import org.aparte.client.support.AccessHistory;
import org.aparte.client.support.SupportDesk;
import org.aparte.client.vault.VaultDocument;

/** What the user's support commands need: the desk, the vault and the verified history. */
public interface SupportContext {
  SupportDesk desk() throws Exception;

  VaultDocument vault() throws Exception;

  AccessHistory history() throws Exception;
}

package org.aparte.client.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.SealedRecord;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.protocol.Json;
import org.aparte.protocol.support.DisclosureView;
import org.aparte.protocol.support.SupportScope;

/**
 * A disclosure record: the approved fields as JSON, under a fresh data key wrapped to the
 * requesting agent's own key (not the team key, so no other agent can open it).
 */
public final class DisclosureSeal {
  private static final ObjectMapper JSON = Json.mapper();

  /** The record and its wrapped key, as the approval sends them. */
  public record Sealed(byte[] ciphertext, byte[] wrappedKey) {}

  private DisclosureSeal() {}

  public static Sealed seal(
      DisclosureContent content, EncryptionPublicKey agent, SecureRandom random)
      throws IOException {
    byte[] recordId =
        SupportRecords.disclosureId(content.disclosureId(), content.agentId(), content.expiresAt());
    byte[] plain = JSON.writeValueAsBytes(content);
    SealedRecord record =
        RecordCipher.sealWithFreshKey(SupportRecords.DISCLOSURE, recordId, plain, random);
    Arrays.fill(plain, (byte) 0);
    try {
      byte[] wrapped =
          KeyWrap.seal(record.dataKey(), agent, SupportRecords.DISCLOSURE_KEY, recordId, random);
      return new Sealed(record.ciphertext(), wrapped);
    } finally {
      record.dataKey().destroy();
    }
  }

  /**
   * Opens a fetched disclosure and checks it against the server's view: same ids and expiry, not
   * expired at {@code now}, and no field outside the approved scope.
   */
  public static DisclosureContent open(DisclosureView view, EncryptionKeyPair agent, Instant now)
      throws CryptoException, IOException, TamperedDisclosureException {
    byte[] recordId =
        SupportRecords.disclosureId(view.disclosureId(), view.agentId(), view.expiresAt());
    SecretBytes key =
        KeyWrap.open(view.wrappedKey(), agent, SupportRecords.DISCLOSURE_KEY, recordId);
    DisclosureContent content;
    try {
      byte[] plain = RecordCipher.open(key, SupportRecords.DISCLOSURE, recordId, view.ciphertext());
      content = JSON.readValue(plain, DisclosureContent.class);
      Arrays.fill(plain, (byte) 0);
    } finally {
      key.destroy();
    }
    if (content.version() != DisclosureContent.VERSION
        || !content.disclosureId().equals(view.disclosureId())
        || !content.ticketId().equals(view.ticketId())
        || !content.agentId().equals(view.agentId())
        || !content.expiresAt().equals(view.expiresAt())) {
      throw new TamperedDisclosureException("the disclosure does not match its ids or expiry");
    }
    if (!now.isBefore(content.expiresAt())) {
      throw new TamperedDisclosureException("the disclosure has expired; not showing it");
    }
    for (DisclosedRecord record : content.records()) {
      if (!SupportScope.fieldsOf(view.scope(), record.ref())
          .containsAll(record.fields().keySet())) {
        throw new TamperedDisclosureException("the disclosure holds fields outside its scope");
      }
    }
    return content;
  }
}

package org.aparte.client.log;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.log.ConsistencyProofResponse;
import org.aparte.protocol.log.Cosignature;
import org.aparte.protocol.log.CosignatureRequest;
import org.aparte.protocol.log.InclusionProofResponse;
import org.aparte.protocol.log.KeyHistoryResponse;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.protocol.log.LogEntriesResponse;
import org.aparte.protocol.log.LogPublicKeyResponse;
import org.aparte.protocol.log.TreeHeadResponse;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/**
 * The log's public routes, without a session; answers are unverified until a caller checks them.
 */
public final class LogClient {
  private final AnonymousTransport transport;

  public LogClient(AnonymousTransport transport) {
    this.transport = transport;
  }

  public SignedTreeHead treeHead() throws IOException, ApiError {
    return signed(transport.call("GET", "v1/log/tree-head", null, TreeHeadResponse.class));
  }

  /**
   * The newest head {@code witness} co-signed, with that witness's co-signature as the server gives
   * it (empty if it gives none); a 404 when the witness co-signed nothing yet.
   */
  public CosignedHead treeHeadCosignedBy(SigningPublicKey witness) throws IOException, ApiError {
    byte[] key = witness.encoded();
    TreeHeadResponse head =
        transport.call(
            "GET",
            "v1/log/tree-head?cosignedBy=" + HexFormat.of().formatHex(key),
            null,
            TreeHeadResponse.class);
    byte[] cosignature = new byte[0];
    for (Cosignature c : head.cosignatures()) {
      if (Arrays.equals(c.witnessPublicKey(), key)) {
        cosignature = c.cosignature();
      }
    }
    return new CosignedHead(signed(head), cosignature);
  }

  /** Hands a witness's co-signature of the head of {@code treeSize} to the server. */
  public void handInCosignature(long treeSize, SigningPublicKey witness, byte[] cosignature)
      throws IOException, ApiError {
    transport.call(
        "POST",
        "v1/log/cosignatures",
        new CosignatureRequest(treeSize, witness.encoded(), cosignature),
        Void.class);
  }

  private static SignedTreeHead signed(TreeHeadResponse head) {
    return new SignedTreeHead(
        new TreeHead(head.treeSize(), head.rootHash(), head.timestampMillis()), head.signature());
  }

  public List<byte[]> consistency(long first, long second) throws IOException, ApiError {
    return transport
        .call(
            "GET",
            "v1/log/proof/consistency?first=" + first + "&second=" + second,
            null,
            ConsistencyProofResponse.class)
        .proof();
  }

  /** {@code kind} is a path name: {@code practice}, {@code account-encryption}… */
  public KeyProofResponse keyProof(String kind, UUID subject, int version, long treeSize)
      throws IOException, ApiError {
    return transport.call(
        "GET",
        "v1/log/keys/" + kind + "/" + subject + "/" + version + "?treeSize=" + treeSize,
        null,
        KeyProofResponse.class);
  }

  /** Every logged version of one subject's key, with proofs at the newest published size. */
  public KeyHistoryResponse keyHistory(String kind, UUID subject) throws IOException, ApiError {
    return transport.call(
        "GET", "v1/log/keys/" + kind + "/" + subject, null, KeyHistoryResponse.class);
  }

  /** The audit path of the leaf with this hash, in the tree of {@code treeSize}. */
  public InclusionProofResponse inclusion(byte[] leafHash, long treeSize)
      throws IOException, ApiError {
    return transport.call(
        "GET",
        "v1/log/proof/inclusion?leafHash="
            + java.util.HexFormat.of().formatHex(leafHash)
            + "&treeSize="
            + treeSize,
        null,
        InclusionProofResponse.class);
  }

  public LogEntriesResponse entries(long start, long end) throws IOException, ApiError {
    return transport.call(
        "GET", "v1/log/entries?start=" + start + "&end=" + end, null, LogEntriesResponse.class);
  }

  public byte[] publicKey() throws IOException, ApiError {
    return transport.call("GET", "v1/log/public-key", null, LogPublicKeyResponse.class).publicKey();
  }
}

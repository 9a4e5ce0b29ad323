package org.aparte.server.log;

import java.util.List;
import org.aparte.protocol.log.Cosignature;
import org.aparte.protocol.log.TreeHeadResponse;
import org.aparte.store.log.LogCosignatures;
import org.aparte.transparency.SignedTreeHead;

/** Log core values to wire records. */
final class LogWire {
  private LogWire() {}

  static TreeHeadResponse treeHead(
      SignedTreeHead signed, List<LogCosignatures.Cosignature> cosignatures) {
    return new TreeHeadResponse(
        signed.head().size(),
        signed.head().rootHash(),
        signed.head().timestampMillis(),
        signed.signature(),
        cosignatures.stream().map(c -> new Cosignature(c.witnessKey(), c.cosignature())).toList());
  }
}

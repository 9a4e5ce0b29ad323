package org.aparte.server.log;

import org.aparte.protocol.log.TreeHeadResponse;
import org.aparte.transparency.SignedTreeHead;

/** Log core values to wire records. */
final class LogWire {
  private LogWire() {}

  static TreeHeadResponse treeHead(SignedTreeHead signed) {
    return new TreeHeadResponse(
        signed.head().size(),
        signed.head().rootHash(),
        signed.head().timestampMillis(),
        signed.signature());
  }
}

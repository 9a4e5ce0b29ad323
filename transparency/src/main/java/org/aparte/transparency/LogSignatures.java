package org.aparte.transparency;

import org.aparte.crypto.sign.SignatureContext;

/**
 * The signature contexts of the transparency log, so no other signature can pass for one of these.
 */
public final class LogSignatures {
  /** The log operator's signature over an encoded {@link TreeHead}. */
  public static final SignatureContext TREE_HEAD = SignatureContext.of("tree-head");

  /** A witness's co-signature over an encoded {@link TreeHead} it checked was an extension. */
  public static final SignatureContext COSIGNATURE = SignatureContext.of("tree-head-cosign");

  /** A key owner's signature over the key entry that registers its key. */
  public static final SignatureContext KEY_ENTRY = SignatureContext.of("key-entry");

  private LogSignatures() {}
}

package org.aparte.leaktest;

/**
 * A flow step that silently did nothing must not pass for one that leaked nothing: each flow checks
 * what it did, and stops the run when it did not happen.
 */
final class FlowCheck {
  private FlowCheck() {}

  static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("flow check failed: " + what);
    }
  }
}

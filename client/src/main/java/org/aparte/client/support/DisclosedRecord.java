package org.aparte.client.support;

import java.util.Map;
import java.util.TreeMap;
import org.aparte.protocol.support.RefKind;

/** One record's disclosed fields, by name. */
public record DisclosedRecord(byte[] ref, RefKind kind, Map<String, String> fields) {
  public DisclosedRecord {
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  @Override
  public String toString() {
    return "DisclosedRecord[" + kind + ", fields=" + fields.keySet() + ", REDACTED]";
  }
}

package org.aparte.protocol.support;

import java.util.List;
import org.aparte.protocol.Check;

/** One record of a scope (its ticket handle) and the names of the fields asked or shown. */
public record ScopeItem(byte[] ref, List<String> fields) {
  public static final int MAX_FIELDS = 16;

  public ScopeItem {
    Check.bytes("ref", ref, 16, 16);
    fields = Check.list("fields", fields, 1, MAX_FIELDS);
    for (String field : fields) {
      Check.text("fields", field, 1, 32);
    }
  }
}

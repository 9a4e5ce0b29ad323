package org.aparte.protocol.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The canonical encoding of a scope, and its hash (what the log records). Items are sorted by
 * handle (unsigned bytes), fields by name, duplicates merged:
 *
 * <pre>
 * 0x01 || u16 item count || per item: handle (16) || u8 field count || per field: u8 n || n ASCII
 * </pre>
 *
 * The hash is SHA-256 over {@code utf8("aparte/support-scope/v1") || 0x00 || encoding}.
 */
public final class SupportScope {
  public static final String LABEL = "aparte/support-scope/v1";
  public static final int MAX_ITEMS = 50;

  private SupportScope() {}

  /** Handle → fields, merged and sorted. */
  static Map<String, Set<String>> normalize(List<ScopeItem> scope) {
    Map<String, Set<String>> out = new HashMap<>();
    for (ScopeItem item : scope) {
      out.computeIfAbsent(hex(item.ref()), k -> new TreeSet<>()).addAll(item.fields());
    }
    return out;
  }

  public static byte[] canonical(List<ScopeItem> scope) {
    Map<String, Set<String>> items = normalize(scope);
    List<String> handles = new ArrayList<>(items.keySet());
    handles.sort(null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(1);
    out.write(handles.size() >>> 8);
    out.write(handles.size() & 0xff);
    for (String handle : handles) {
      out.writeBytes(java.util.HexFormat.of().parseHex(handle));
      out.write(items.get(handle).size());
      for (String field : items.get(handle)) {
        byte[] name = field.getBytes(StandardCharsets.UTF_8);
        out.write(name.length);
        out.writeBytes(name);
      }
    }
    return out.toByteArray();
  }

  public static byte[] hash(List<ScopeItem> scope) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(LABEL.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(canonical(scope));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether every field of {@code narrower} is also in {@code wider}. */
  public static boolean covers(List<ScopeItem> wider, List<ScopeItem> narrower) {
    Map<String, Set<String>> allowed = normalize(wider);
    for (Map.Entry<String, Set<String>> item : normalize(narrower).entrySet()) {
      Set<String> fields = allowed.get(item.getKey());
      if (fields == null || !fields.containsAll(item.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The scope's fields of one handle (empty when the scope does not name it). */
  public static Set<String> fieldsOf(List<ScopeItem> scope, byte[] handle) {
    return normalize(scope).getOrDefault(hex(handle), Set.of());
  }

  static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(Arrays.copyOf(bytes, bytes.length));
  }
}

package org.aparte.store.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.aparte.protocol.Json;
import org.aparte.protocol.support.ScopeItem;

/** Scopes as stored: JSON text of handles (base64) and field names, nothing else. */
final class Scopes {
  private static final ObjectMapper JSON = Json.mapper();
  private static final TypeReference<List<ScopeItem>> TYPE = new TypeReference<>() {};

  private Scopes() {}

  static String write(List<ScopeItem> scope) {
    try {
      return JSON.writeValueAsString(scope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scope always serialises", e);
    }
  }

  static List<ScopeItem> read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, TYPE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored scope is not readable", e);
    }
  }
}

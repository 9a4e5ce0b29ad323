package org.aparte.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.server.errors.BadRequestException;

/**
 * Turns Jackson's parse and binding failures into 400s. Jackson's own messages quote the input, so
 * they are never used: the answer names the field (by its path) and the kind of problem only.
 */
public final class JsonErrors {
  private static final int MAX_FIELD_PATH = 100;

  private JsonErrors() {}

  public static BadRequestException toBadRequest(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return BadRequestException.of(
          "the request body is nested too deeply or has oversized tokens");
    }
    if (e instanceof StreamReadException) {
      return BadRequestException.malformedJson();
    }
    String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
    if (e instanceof PropertyBindingException unknown) {
      // Unknown (or ignored) property: its name is the last path element.
      return BadRequestException.unknownField(
          field == null ? safe(unknown.getPropertyName()) : field);
    }
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof InvalidFieldException bad) {
      // A wire record's own validation: its field is relative to the record being built.
      String full = field == null ? bad.field() : field + "." + bad.field();
      return new BadRequestException(safe(full), bad.problem());
    }
    if (field == null) {
      return BadRequestException.of("the request body does not have the expected shape");
    }
    if (e instanceof ValueInstantiationException) {
      return new BadRequestException(field, "is not valid");
    }
    return new BadRequestException(field, "is missing or has the wrong type");
  }

  /** The JSON path of the failure, e.g. {@code slots[2].start}, or null at the top level. */
  private static String path(JsonMappingException e) {
    var path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : safe(path.toString());
  }

  /** Field names come from the client: keep them short and printable before echoing them. */
  private static String safe(String name) {
    if (name == null) {
      return null;
    }
    var clean = new StringBuilder();
    name.codePoints()
        .limit(MAX_FIELD_PATH)
        .forEach(c -> clean.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
    return clean.toString();
  }
}

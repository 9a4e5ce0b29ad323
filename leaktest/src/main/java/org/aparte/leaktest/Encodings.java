package org.aparte.leaktest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms in which a leaked string could sit in a file or a response: UTF-8 as is, lower- and
 * upper-cased, UTF-16 in both byte orders, hexadecimal in both cases (PostgreSQL prints bytea as
 * hex), URL-encoded, and base64 (standard and URL-safe) at each of the three alignments a string
 * can have inside a longer encoded value.
 */
public final class Encodings {
  private Encodings() {}

  public static List<Needle> of(Canary canary) {
    String value = canary.value();
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> forms = new LinkedHashMap<>();
    forms.put("utf-8", utf8);
    forms.put("utf-8 lower case", ascii(value.toLowerCase(Locale.ROOT)));
    forms.put("utf-8 upper case", ascii(value.toUpperCase(Locale.ROOT)));
    forms.put("utf-16le", value.getBytes(StandardCharsets.UTF_16LE));
    forms.put("utf-16be", value.getBytes(StandardCharsets.UTF_16BE));
    forms.put("hex", ascii(HexFormat.of().formatHex(utf8)));
    forms.put("HEX", ascii(HexFormat.of().withUpperCase().formatHex(utf8)));
    forms.put("url-encoded", ascii(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    forms.put(
        "url-encoded %20",
        ascii(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    for (int alignment = 0; alignment < 3; alignment++) {
      String base64 = alignedBase64(utf8, alignment);
      forms.put("base64 +" + alignment, ascii(base64));
      forms.put("base64url +" + alignment, ascii(base64.replace('+', '-').replace('/', '_')));
    }
    List<Needle> needles = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (var form : forms.entrySet()) {
      // Forms that coincide (a value with no letters, nothing to URL-encode) are searched once.
      String key = HexFormat.of().formatHex(form.getValue());
      if (seen.putIfAbsent(key, form.getKey()) == null) {
        needles.add(new Needle(canary, form.getKey(), form.getValue()));
      }
    }
    return needles;
  }

  /**
   * The base64 characters that depend only on {@code bytes} when they start {@code alignment} bytes
   * into a 3-byte group: whatever surrounds them, an encoder writes exactly these.
   */
  static String alignedBase64(byte[] bytes, int alignment) {
    byte[] shifted = new byte[alignment + bytes.length];
    System.arraycopy(bytes, 0, shifted, alignment, bytes.length);
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
    int firstBit = 8 * alignment;
    int endBit = 8 * (alignment + bytes.length);
    int first = (firstBit + 5) / 6;
    int end = endBit / 6;
    return encoded.substring(first, end);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

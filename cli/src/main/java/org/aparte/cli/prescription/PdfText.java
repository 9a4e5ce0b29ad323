package org.aparte.cli.prescription;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a standard PDF font can show it: a character outside the font's encoding (WinAnsi for
 * Helvetica) becomes '?' on paper, never an exception; the QR code still carries the exact text.
 */
final class PdfText {
  private PdfText() {}

  static String showable(PDFont font, String text) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int codePoint : text.codePoints().toArray()) {
      String character = Character.toString(codePoint);
      try {
        font.encode(character);
        out.append(character);
      } catch (IllegalArgumentException missing) {
        out.append('?');
      }
    }
    return out.toString();
  }

  /** Splits {@code text} into lines of at most {@code width} characters, at spaces if it can. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      cut = cut <= 0 ? width : cut;
      lines.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }
}

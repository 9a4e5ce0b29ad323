package org.aparte.availability.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which text is compared for search: lower case, accents removed, ligatures spelled
 * out, punctuation turned into single spaces. "Gynécologie-Obstétrique" and "gynecologie
 * obstetrique" fold to the same text, and so do "cœur" and "coeur".
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** Folds {@code text} for comparison; {@code null} folds to the empty string. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    // NFD splits "é" into "e" plus a combining accent, which MARKS then removes; ligatures have no
    // decomposition, so they are spelled out first.
    String lower =
        text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    String stripped =
        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(stripped).replaceAll(" ").strip();
  }

  /** The words of the folded text, in order. */
  public static List<String> words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }
}

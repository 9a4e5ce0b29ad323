package org.aparte.availability.reference;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A medical specialty or health profession a practice can offer.
 *
 * @param code stable identifier, lower-case ASCII words joined by hyphens ({@code cardiologie});
 *     stored by other modules, so it never changes once published
 * @param nameFr the French name
 * @param nameEn the English name
 * @param aliases other words people search with: the practitioner's title ("pédiatre"), short forms
 *     ("kiné"), English terms; may be empty
 */
public record Specialty(String code, String nameFr, String nameEn, List<String> aliases) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Specialty {
    if (code == null || code.length() > 40 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "specialty code must be lower-case words joined by hyphens, at most 40 characters");
    }
    if (nameFr == null || nameFr.isBlank()) {
      throw new IllegalArgumentException("specialty French name is required");
    }
    if (nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("specialty English name is required");
    }
    if (aliases == null || aliases.stream().anyMatch(a -> a == null || a.isBlank())) {
      throw new IllegalArgumentException("specialty aliases must be non-blank");
    }
    aliases = List.copyOf(aliases);
  }

  /** The French name for French locales, the English name otherwise. */
  public String name(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
  }
}

package org.aparte.availability.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The list of specialties a practice can choose from, read from the bundled {@code
 * specialties.txt}: {@code code | French name | English name | aliases}, aliases separated by
 * commas. See that file's header.
 */
public final class Specialties {
  /** Longest search query accepted; longer input is refused rather than silently cut. */
  public static final int MAX_QUERY_LENGTH = 100;

  private final List<Specialty> all;
  private final Map<String, Entry> byCode;

  /** A specialty with its folded search phrases and words, computed once. */
  private record Entry(Specialty specialty, List<String> phrases, Set<String> words) {}

  private static final class Standard {
    static final Specialties INSTANCE =
        parse(PipeTable.read(Specialties.class, "specialties.txt", 4));
  }

  private Specialties(List<Specialty> specialties) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Specialty specialty : specialties) {
      List<String> phrases = new ArrayList<>();
      phrases.add(SearchText.fold(specialty.code()));
      phrases.add(SearchText.fold(specialty.nameFr()));
      phrases.add(SearchText.fold(specialty.nameEn()));
      specialty.aliases().forEach(alias -> phrases.add(SearchText.fold(alias)));
      Set<String> words = new HashSet<>();
      phrases.forEach(phrase -> words.addAll(Arrays.asList(phrase.split(" "))));
      if (entries.put(specialty.code(), new Entry(specialty, phrases, words)) != null) {
        throw new IllegalArgumentException("duplicate specialty code " + specialty.code());
      }
    }
    this.all = List.copyOf(specialties);
    this.byCode = entries;
  }

  /** The bundled list, read once. */
  public static Specialties standard() {
    return Standard.INSTANCE;
  }

  static Specialties parse(List<List<String>> rows) {
    List<Specialty> specialties = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> aliases =
          row.get(3).equals("-")
              ? List.of()
              : Arrays.stream(row.get(3).split(",")).map(String::strip).toList();
      specialties.add(new Specialty(row.get(0), row.get(1), row.get(2), aliases));
    }
    return new Specialties(specialties);
  }

  /** Every specialty, in the file's order. */
  public List<Specialty> all() {
    return all;
  }

  public Optional<Specialty> find(String code) {
    Entry entry = code == null ? null : byCode.get(code);
    return entry == null ? Optional.empty() : Optional.of(entry.specialty());
  }

  public Specialty byCode(String code) throws UnknownSpecialtyException {
    return find(code).orElseThrow(() -> new UnknownSpecialtyException("unknown specialty code"));
  }

  /**
   * The specialties that match a free-text query, ignoring case, accents and punctuation: every
   * word of the query must begin a word of the specialty's code, names or aliases ("cardio" finds
   * cardiology, "pediatre" paediatrics, "gyneco" both gynaecologies). Best matches first: the whole
   * query equal to a name or alias, then a name or alias that starts with it, then the rest, each
   * group in the file's order. A blank query matches nothing.
   *
   * @throws IllegalArgumentException if the query is longer than {@link #MAX_QUERY_LENGTH}
   */
  public List<Specialty> match(String query) {
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "specialty query must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    String folded = SearchText.fold(query);
    if (folded.isEmpty()) {
      return List.of();
    }
    List<String> tokens = Arrays.asList(folded.split(" "));
    List<Entry> hits = new ArrayList<>();
    for (Entry entry : byCode.values()) {
      if (tokens.stream().allMatch(token -> startsSomeWord(entry.words(), token))) {
        hits.add(entry);
      }
    }
    hits.sort(Comparator.comparingInt(entry -> rank(entry, folded))); // stable: file order kept
    return hits.stream().map(Entry::specialty).toList();
  }

  private static boolean startsSomeWord(Set<String> words, String token) {
    if (words.contains(token)) {
      return true;
    }
    for (String word : words) {
      if (word.startsWith(token)) {
        return true;
      }
    }
    return false;
  }

  private static int rank(Entry entry, String folded) {
    if (entry.phrases().contains(folded)) {
      return 0;
    }
    for (String phrase : entry.phrases()) {
      if (phrase.startsWith(folded)) {
        return 1;
      }
    }
    return 2;
  }
}

package org.aparte.availability.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialtiesTest {
  private static final Specialties SPECIALTIES = Specialties.standard();

  private static List<String> codes(String query) {
    return SPECIALTIES.match(query).stream().map(Specialty::code).toList();
  }

  @Test
  void theBundledListHasTheExpectedSpecialties() {
    assertThat(SPECIALTIES.all()).hasSizeGreaterThanOrEqualTo(35);
    assertThat(SPECIALTIES.all())
        .extracting(Specialty::code)
        .doesNotHaveDuplicates()
        .contains(
            "medecine-generale",
            "cardiologie",
            "dermatologie",
            "pediatrie",
            "gynecologie-medicale",
            "gynecologie-obstetrique",
            "ophtalmologie",
            "orl",
            "psychiatrie",
            "radiologie",
            "rhumatologie",
            "gastro-enterologie",
            "pneumologie",
            "endocrinologie",
            "neurologie",
            "nephrologie",
            "urologie",
            "chirurgie-orthopedique",
            "chirurgie-dentaire",
            "orthodontie",
            "sage-femme",
            "masseur-kinesitherapeute",
            "orthophonie",
            "psychologie",
            "pedicurie-podologie",
            "infirmier",
            "allergologie",
            "medecine-vasculaire",
            "geriatrie",
            "medecine-du-sport",
            "osteopathie",
            "dietetique",
            "centre-de-vaccination");
  }

  @Test
  void looksUpByCode() throws Exception {
    Specialty gp = SPECIALTIES.byCode("medecine-generale");
    assertThat(gp.nameFr()).isEqualTo("Médecine générale");
    assertThat(gp.nameEn()).isEqualTo("General practice");
    assertThat(gp.name(Locale.FRENCH)).isEqualTo("Médecine générale");
    assertThat(gp.name(Locale.UK)).isEqualTo("General practice");
    assertThat(SPECIALTIES.byCode("orl").nameFr()).contains("Oto-rhino-laryngologie");
    assertThat(SPECIALTIES.find("cardiologie")).isPresent();
  }

  @Test
  void unknownCodesAreATypedError() {
    for (String code : new String[] {"astrologie", "Cardiologie", " cardiologie", "", null}) {
      assertThatThrownBy(() -> SPECIALTIES.byCode(code))
          .isInstanceOf(UnknownSpecialtyException.class);
      assertThat(SPECIALTIES.find(code)).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "cardio, cardiologie",
    "Cardiologue, cardiologie",
    "CŒUR, cardiologie",
    "pediatre, pediatrie",
    "PÉDIATRIE, pediatrie",
    "dentiste, chirurgie-dentaire",
    "kiné, masseur-kinesitherapeute",
    "KINESITHERAPEUTE, masseur-kinesitherapeute",
    "oto rhino, orl",
    "ORL, orl",
    "ENT, orl",
    "ophtalmo, ophtalmologie",
    "sage femme, sage-femme",
    "midwife, sage-femme",
    "podologue, pedicurie-podologie",
    "angiologie, medecine-vasculaire",
    "médecin généraliste, medecine-generale",
    "general practice, medecine-generale",
    "vaccin, centre-de-vaccination",
    "infirmière, infirmier",
    "gastro-entérologue, gastro-enterologie"
  })
  void matchesIgnoringCaseAccentsAndPunctuation(String query, String expectedFirst) {
    assertThat(codes(query)).first().isEqualTo(expectedFirst);
  }

  @Test
  void aQueryCanMatchSeveralSpecialties() {
    assertThat(codes("gynéco"))
        .containsExactlyInAnyOrder("gynecologie-medicale", "gynecologie-obstetrique");
    assertThat(codes("psy")).contains("psychiatrie", "psychologie");
    assertThat(codes("chirurgie")).contains("chirurgie-orthopedique", "chirurgie-dentaire");
  }

  @Test
  void anExactNameRanksFirst() {
    // "psychologue" is psychology's alias; psychiatry does not match it at all.
    assertThat(codes("psychologue")).containsExactly("psychologie");
    // "psychiatre" names psychiatry exactly, and also begins child psychiatry's alias.
    assertThat(codes("psychiatre")).containsExactly("psychiatrie", "pedopsychiatrie");
  }

  @Test
  void wordsMustBeginWordsNotHideInside() {
    assertThat(codes("logie")).isEmpty();
    assertThat(codes("astrologie")).isEmpty();
    assertThat(codes("cardio xyz")).isEmpty();
  }

  @Test
  void blankQueriesMatchNothingAndLongOnesAreRefused() {
    assertThat(codes("")).isEmpty();
    assertThat(codes("  - ")).isEmpty();
    assertThat(codes(null)).isEmpty();
    assertThatThrownBy(() -> SPECIALTIES.match("a".repeat(Specialties.MAX_QUERY_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void malformedTablesAreRefusedWithTheLine() {
    assertThatThrownBy(
            () ->
                Specialties.parse(
                    PipeTable.parse(List.of("# header", "", "a | A | A"), "specialties.txt", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
    assertThatThrownBy(
            () ->
                Specialties.parse(
                    PipeTable.parse(List.of("a | A | A | -", "a | B | B | -"), "test", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(
            () -> Specialties.parse(PipeTable.parse(List.of("Bad Code | A | A | -"), "test", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> PipeTable.parse(List.of("a |  | A | -"), "test", 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty column");
  }

  @Test
  void foldingRemovesAccentsCaseLigaturesAndPunctuation() {
    assertThat(SearchText.fold("Gynécologie-Obstétrique")).isEqualTo("gynecologie obstetrique");
    assertThat(SearchText.fold("  Cœur, ÆSOP’s  Straße ")).isEqualTo("coeur aesop s strasse");
    assertThat(SearchText.fold("Île-de-France")).isEqualTo("ile de france");
    assertThat(SearchText.words("Oto-rhino-laryngologie (ORL)"))
        .containsExactly("oto", "rhino", "laryngologie", "orl");
    assertThat(SearchText.fold(null)).isEmpty();
  }
}

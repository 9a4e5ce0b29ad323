package org.aparte.availability.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What demo practices of each specialty offer, and who is called "Dr". */
final class Professions {
  private Professions() {}

  /** A visit type to create: name, minutes, open to online booking, parallel capacity. */
  record Template(String name, int minutes, boolean online, int capacity) {
    Template(String name, int minutes) {
      this(name, minutes, true, 1);
    }
  }

  private static final List<Template> SPECIALIST =
      List.of(
          new Template("Première consultation", 30),
          new Template("Consultation de suivi", 20),
          new Template("Téléconsultation", 15));

  static final Map<String, List<Template>> TEMPLATES =
      Map.ofEntries(
          Map.entry(
              "medecine-generale",
              List.of(
                  new Template("Consultation", 20),
                  new Template("Téléconsultation", 15),
                  new Template("Renouvellement d'ordonnance", 10),
                  new Template("Certificat de sport", 15))),
          Map.entry(
              "chirurgie-dentaire",
              List.of(
                  new Template("Consultation et bilan dentaire", 30),
                  new Template("Détartrage", 30),
                  new Template("Urgence dentaire", 20),
                  new Template("Soins dentaires", 45, false, 1))),
          Map.entry(
              "masseur-kinesitherapeute",
              List.of(
                  new Template("Bilan kinésithérapique", 45),
                  new Template("Séance de rééducation", 30))),
          Map.entry(
              "infirmier",
              List.of(
                  new Template("Soins infirmiers au cabinet", 15),
                  new Template("Prise de sang", 10),
                  new Template("Injection ou vaccination", 10))),
          Map.entry(
              "psychologie",
              List.of(
                  new Template("Première séance", 60),
                  new Template("Séance de suivi", 45),
                  new Template("Séance en visioconférence", 45))),
          Map.entry(
              "psychiatrie",
              List.of(
                  new Template("Première consultation", 45),
                  new Template("Consultation de suivi", 30))),
          Map.entry(
              "pediatrie",
              List.of(
                  new Template("Consultation", 30),
                  new Template("Suivi du nourrisson", 30),
                  new Template("Vaccination", 15))),
          Map.entry(
              "ophtalmologie",
              List.of(
                  new Template("Consultation", 20),
                  new Template("Fond d'œil", 30),
                  new Template("Renouvellement de lunettes", 15))),
          Map.entry(
              "sage-femme",
              List.of(
                  new Template("Suivi de grossesse", 30),
                  new Template("Préparation à la naissance", 60),
                  new Template("Rééducation périnéale", 30))),
          Map.entry("osteopathie", List.of(new Template("Séance d'ostéopathie", 45))),
          Map.entry(
              "orthophonie",
              List.of(new Template("Bilan orthophonique", 60), new Template("Séance", 30))),
          Map.entry(
              "radiologie",
              List.of(
                  new Template("Radiographie", 15, true, 2),
                  new Template("Échographie", 20),
                  new Template("IRM", 30, false, 1))),
          Map.entry(
              "biologie-medicale",
              List.of(
                  new Template("Prise de sang", 5, true, 3), new Template("Test PCR", 5, true, 2))),
          Map.entry(
              "dietetique",
              List.of(
                  new Template("Première consultation", 45),
                  new Template("Consultation de suivi", 30))),
          Map.entry(
              "pedicurie-podologie",
              List.of(
                  new Template("Soins de pédicurie", 30),
                  new Template("Bilan podologique et semelles", 45))),
          Map.entry(
              "dermatologie",
              List.of(
                  new Template("Consultation", 20),
                  new Template("Contrôle des grains de beauté", 30))),
          Map.entry(
              "cardiologie",
              List.of(
                  new Template("Consultation", 30),
                  new Template("Électrocardiogramme", 15),
                  new Template("Échographie cardiaque", 30))),
          Map.entry(
              "gynecologie-obstetrique",
              List.of(
                  new Template("Consultation", 30),
                  new Template("Suivi de grossesse", 30),
                  new Template("Échographie obstétricale", 30))));

  static List<Template> templatesFor(String specialty) {
    return TEMPLATES.getOrDefault(specialty, SPECIALIST);
  }

  /** Professions whose members are not addressed as "Dr". */
  static final Set<String> NOT_DOCTORS =
      Set.of(
          "sage-femme",
          "masseur-kinesitherapeute",
          "orthophonie",
          "orthoptie",
          "ergotherapie",
          "psychologie",
          "pedicurie-podologie",
          "infirmier",
          "dietetique",
          "osteopathie");

  /** Rough share of each profession among practices; anything unlisted weighs 1. */
  static final Map<String, Integer> WEIGHTS =
      Map.ofEntries(
          Map.entry("medecine-generale", 30),
          Map.entry("chirurgie-dentaire", 10),
          Map.entry("masseur-kinesitherapeute", 10),
          Map.entry("infirmier", 8),
          Map.entry("psychologie", 4),
          Map.entry("osteopathie", 4),
          Map.entry("ophtalmologie", 3),
          Map.entry("dermatologie", 3),
          Map.entry("pediatrie", 3),
          Map.entry("cardiologie", 3),
          Map.entry("sage-femme", 3),
          Map.entry("orthophonie", 3),
          Map.entry("pedicurie-podologie", 3),
          Map.entry("gynecologie-medicale", 2),
          Map.entry("gynecologie-obstetrique", 2),
          Map.entry("radiologie", 2),
          Map.entry("biologie-medicale", 2),
          Map.entry("psychiatrie", 2),
          Map.entry("orl", 2));

  /** How often a demo practice has this specialty, relative to the others. */
  static int weight(String specialty) {
    return WEIGHTS.getOrDefault(specialty, 1);
  }
}

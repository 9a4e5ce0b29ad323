package org.aparte.leaktest;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * This run's canaries: one per kind of private data a user types, each unique to the run (a random
 * tag), plus controls that are public by design.
 */
public final class Canaries {
  final String tag;
  final Canary patientFirstName;
  final Canary patientLastName;
  final Canary patientBirthDate;
  final Canary patientSsn;
  final Canary patientPhone;
  final Canary patientEmail;
  final Canary patientAddress;
  final Canary relativeFirstName;
  final Canary relativeLastName;
  final Canary relativeBirthDate;
  final Canary reason;
  final Canary linkedReason;
  final Canary rescheduledReason;
  final Canary cancelledReason;
  final Canary note;
  final Canary phonedFirstName;
  final Canary phonedLastName;
  final Canary phonedPhone;
  final Canary phonedReason;
  final Canary deletedPatientName;
  final Canary deletedPatientReason;
  final Canary passwordCanary;
  final Canary documentName;
  final Canary documentContent;
  final Canary replyName;
  final Canary replyContent;
  final Canary prescribedPatientName;
  final Canary prescribedMedication;
  final Canary prescribedDosage;
  final Canary patientMessage;
  final Canary practiceMessage;
  final Canary practiceNameControl;
  final Canary supportSubject;
  final Canary supportMessage;
  final Canary supportReply;
  final Canary supportReason;
  final Canary supportDisclosedName;
  final Canary supportWithheldNote;

  public Canaries(SecureRandom random) {
    tag = tag(random);
    patientFirstName = secret("patient first name", "Azurine" + tag);
    patientLastName = secret("patient last name", "Brindlemoor" + tag);
    patientBirthDate = secret("patient birth date", date(random).toString());
    patientSsn = secret("patient social-security number", "2 17 03 " + digits(random, 10));
    patientPhone = secret("patient phone", "+33 6 " + digits(random, 8));
    patientEmail =
        secret(
            "e-mail in the patient's profile",
            "inbox." + tag.toLowerCase(Locale.ROOT) + "@mail.test");
    patientAddress = secret("patient address", "12 rue Quillebeuf" + tag);
    relativeFirstName = secret("relative first name", "Celandine" + tag);
    relativeLastName = secret("relative last name", "Duskwater" + tag);
    relativeBirthDate = secret("relative birth date", date(random).toString());
    reason = secret("reason", "chest pain after Ezrafen" + tag);
    linkedReason = secret("reason of a linked booking", "vaccine lot Fumaril" + tag);
    rescheduledReason = secret("reason after rescheduling", "follow-up Glaucomir" + tag);
    cancelledReason = secret("reason of a cancelled booking", "test result Hexavel" + tag);
    note = secret("patient's private note", "bring Ilmarin letter" + tag);
    phonedFirstName = secret("phoning patient first name", "Jonquille" + tag);
    phonedLastName = secret("phoning patient last name", "Kestrelby" + tag);
    phonedPhone = secret("phoning patient phone", "+33 7 " + digits(random, 8));
    phonedReason = secret("reason given on the phone", "dressing change Lumiral" + tag);
    deletedPatientName = secret("deleted patient's name", "Mordecaine" + tag);
    deletedPatientReason = secret("deleted patient's reason", "allergy Nortiva" + tag);
    passwordCanary = secret("password", "pass-Ostrava-" + tag);
    documentName = secret("document file name", "scan-Quorvane" + tag + ".pdf");
    documentContent = secret("document content", "biopsy result Pyrexil" + tag);
    replyName = secret("practice's document file name", "letter-Rhodaline" + tag + ".txt");
    replyContent = secret("practice's document content", "prescribe Sertolan" + tag);
    prescribedPatientName = secret("patient name on a prescription", "Vantabrook" + tag);
    prescribedMedication = secret("prescribed medication", "Wexolidine" + tag + " 20 mg");
    prescribedDosage = secret("prescribed dosage", "one tablet at Xandor time" + tag);
    patientMessage = secret("patient's message", "is the Yttrelle rash normal" + tag);
    practiceMessage = secret("practice's message", "apply Zorbacrem twice daily" + tag);
    supportSubject = secret("support ticket subject", "cannot find Tamarisque" + tag);
    supportMessage = secret("user's support message", "booked with Umbrielle" + tag);
    supportReply = secret("agent's support reply", "please approve Vantorel" + tag);
    supportReason = secret("agent's access reason", "to check Wexfordine" + tag);
    supportDisclosedName = secret("field disclosed to an agent", "Xandrelle" + tag);
    supportWithheldNote = secret("field withheld from an agent", "keep Yseultine private" + tag);
    practiceNameControl = control("practice name (public)", "Cabinet Publicard " + tag);
  }

  public List<Canary> all() {
    return List.of(
        patientFirstName,
        patientLastName,
        patientBirthDate,
        patientSsn,
        patientPhone,
        patientEmail,
        patientAddress,
        relativeFirstName,
        relativeLastName,
        relativeBirthDate,
        reason,
        linkedReason,
        rescheduledReason,
        cancelledReason,
        note,
        phonedFirstName,
        phonedLastName,
        phonedPhone,
        phonedReason,
        deletedPatientName,
        deletedPatientReason,
        passwordCanary,
        documentName,
        documentContent,
        replyName,
        replyContent,
        prescribedPatientName,
        prescribedMedication,
        prescribedDosage,
        patientMessage,
        practiceMessage,
        supportSubject,
        supportMessage,
        supportReply,
        supportReason,
        supportDisclosedName,
        supportWithheldNote,
        practiceNameControl);
  }

  private static Canary secret(String what, String value) {
    return Canary.secret(what, value);
  }

  private static Canary control(String what, String value) {
    return Canary.control(what, value);
  }

  private static String tag(SecureRandom random) {
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('Q' + random.nextInt(10)));
    }
    return tag.toString();
  }

  private static String digits(SecureRandom random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0 && i % 2 == 0) {
        digits.append(' ');
      }
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  /** A birth date between 1905 and 1934: no such date appears anywhere by chance. */
  private static LocalDate date(SecureRandom random) {
    return LocalDate.of(1905 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}

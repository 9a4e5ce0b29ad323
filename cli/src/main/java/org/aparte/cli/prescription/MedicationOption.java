package org.aparte.cli.prescription;

import org.aparte.cli.UserInputException;
import org.aparte.client.prescription.Medication;
import picocli.CommandLine.ITypeConverter;

/**
 * Parses {@code --medication "NAME; DOSAGE; DAYS"}: three fields split at semicolons (a medication
 * name or dosage may hold commas, rarely a semicolon), the duration a whole number of days.
 */
final class MedicationOption implements ITypeConverter<Medication> {
  static final String SYNTAX = "NAME; DOSAGE; DAYS";

  @Override
  public Medication convert(String value) {
    String[] fields = value.split(";", -1);
    if (fields.length != 3) {
      throw new UserInputException("--medication takes \"" + SYNTAX + "\" (three fields)");
    }
    int days;
    try {
      days = Integer.parseInt(fields[2].strip());
    } catch (NumberFormatException e) {
      throw new UserInputException("--medication: the duration is a whole number of days");
    }
    try {
      return new Medication(fields[0].strip(), fields[1].strip(), days);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--medication: " + e.getMessage());
    }
  }
}

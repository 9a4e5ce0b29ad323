package org.aparte.cli.document;

import java.util.UUID;
import org.aparte.cli.UserInputException;
import picocli.CommandLine.Option;

/** Whose documents: one of the patient's bookings, or a practice the user is a member of. */
final class Whose {
  @Option(names = "--booking", description = "one of your appointments (as its patient)")
  UUID booking;

  @Option(names = "--practice", description = "a practice you are a member of")
  UUID practice;

  boolean asPatient() {
    if ((booking == null) == (practice == null)) {
      throw new UserInputException("give exactly one of --booking or --practice");
    }
    return booking != null;
  }
}

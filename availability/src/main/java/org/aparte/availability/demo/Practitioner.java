package org.aparte.availability.demo;

/**
 * A practitioner on a public practice profile.
 *
 * @param firstName first name
 * @param lastName last name
 * @param doctor whether the title "Dr" goes before the name (physicians, dentists, biologists)
 */
public record Practitioner(String firstName, String lastName, boolean doctor) {

  public Practitioner {
    DemoChecks.text(firstName, 40, "practitioner first name");
    DemoChecks.text(lastName, 40, "practitioner last name");
  }

  /** "Dr Claire Martin" or "Claire Martin". */
  public String displayName() {
    return (doctor ? "Dr " : "") + firstName + " " + lastName;
  }
}

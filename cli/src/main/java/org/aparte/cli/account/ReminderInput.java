package org.aparte.cli.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aparte.cli.UserInputException;

/**
 * What {@code aparte reminders set} accepts: lead times like {@code 2d}, {@code 1d12h}, {@code 3h},
 * {@code 90m} (or {@code off}), an e-mail address, and a phone number in international form (a
 * French national number {@code 06 12 34 56 78} is turned into {@code +33612345678}). Errors never
 * echo the value typed: it may be a contact, and error output ends up in terminals' scrollback.
 */
final class ReminderInput {
  static final Duration MAX_LEAD = Duration.ofDays(30);
  private static final Pattern LEAD =
      Pattern.compile("(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
  private static final Pattern FRENCH = Pattern.compile("0[1-9]\\d{8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  private ReminderInput() {}

  /** A lead time, or empty for {@code off}. */
  static Optional<Duration> lead(String option, String text) {
    String value = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (value.equals("off") || value.equals("none")) {
      return Optional.empty();
    }
    Matcher match = LEAD.matcher(value);
    if (value.isEmpty() || !match.matches()) {
      throw new UserInputException(option + " takes a lead time like 2d, 1d12h, 3h or 90m, or off");
    }
    Duration lead =
        Duration.ofDays(number(match.group(1)))
            .plusHours(number(match.group(2)))
            .plusMinutes(number(match.group(3)));
    if (lead.isZero() || lead.compareTo(MAX_LEAD) > 0) {
      throw new UserInputException(option + ": a reminder comes 1 minute to 30 days before");
    }
    return Optional.of(lead);
  }

  /** The number in international form, separators removed. */
  static String phone(String text) {
    String compact = text.replaceAll("[\\s.\\-()]", "");
    if (FRENCH.matcher(compact).matches()) {
      return "+33" + compact.substring(1);
    }
    if (!E164.matcher(compact).matches()) {
      throw new UserInputException(
          "--contact-phone takes a phone number in international form, like +33 6 12 34 56 78");
    }
    return compact;
  }

  static String email(String text) {
    String address = text.strip();
    if (!EMAIL.matcher(address).matches()
        || address.getBytes(StandardCharsets.UTF_8).length > 254) {
      throw new UserInputException(
          "--contact-email takes an e-mail address, like name@example.org");
    }
    return address;
  }

  /** A lead time as the command prints it: {@code 2d}, {@code 1d12h}, {@code 90m}... */
  static String text(Duration lead) {
    var out = new StringBuilder();
    if (lead.toDays() > 0) {
      out.append(lead.toDays()).append('d');
    }
    if (lead.toHoursPart() > 0) {
      out.append(lead.toHoursPart()).append('h');
    }
    if (lead.toMinutesPart() > 0 || out.isEmpty()) {
      out.append(lead.toMinutesPart()).append('m');
    }
    return out.toString();
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}

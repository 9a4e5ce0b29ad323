package org.aparte.notifier.send;

/**
 * The text of a verification code message. The notifier writes it itself: the client sealed only
 * the contact, and the server only the code.
 */
public final class CodeText {
  private static final String EN = "Your Aparté code: ";
  private static final String FR = "Votre code Aparté : ";

  private CodeText() {}

  public static String render(String language, String code) {
    return "fr".equals(language)
        ? FR
            + code
            + ". Il expire dans 15 minutes. Si vous ne l'avez pas demandé, ignorez ce message."
        : EN + code + ". It expires in 15 minutes. If you did not ask for it, ignore this message.";
  }

  /** The e-mail subject for a code message, or null if {@code text} is not one. */
  static String subject(String text) {
    if (text.startsWith(EN)) {
      return "Your Aparté code";
    }
    return text.startsWith(FR) ? "Votre code Aparté" : null;
  }
}

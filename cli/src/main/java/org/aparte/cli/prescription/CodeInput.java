package org.aparte.cli.prescription;

import com.google.zxing.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.aparte.cli.UserInputException;

/**
 * What {@code prescription verify} was given, as the QR text: a PDF (its rendered QR code is
 * decoded), an image of the code, a text file holding the code, or the code itself.
 */
final class CodeInput {
  private CodeInput() {}

  static String read(String argument) throws IOException {
    Path file = Path.of(argument);
    if (!argument.startsWith("RX1:") && Files.isRegularFile(file)) {
      return fromFile(file);
    }
    return argument;
  }

  private static String fromFile(Path file) throws IOException {
    byte[] head = new byte[4];
    try (var in = Files.newInputStream(file)) {
      in.readNBytes(head, 0, 4);
    }
    try {
      if (new String(head, StandardCharsets.ISO_8859_1).equals("%PDF")) {
        return PdfCodeReader.read(file);
      }
      BufferedImage image = ImageIO.read(file.toFile());
      if (image != null) {
        return QrCodes.decode(image);
      }
    } catch (NotFoundException unreadable) {
      throw new UserInputException("no readable QR code in " + file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

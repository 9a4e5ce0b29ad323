package org.aparte.cli.prescription;

import com.google.zxing.NotFoundException;
import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.aparte.client.prescription.Prescription;

/**
 * The patient's printable prescription: one A4 page with the prescription in words and, below, the
 * QR code a pharmacist scans to check it offline. Written on the patient's device only.
 *
 * <p>Some payloads give a QR code whose data happens to mimic a finder pattern, which ZXing's
 * detector (and likely others) then cannot locate. So the page is rendered and read back before it
 * is saved, trying ZXing's mask and then each of the eight masks until the code reads.
 */
public final class PrescriptionPdf {
  static final float MARGIN = 56;

  /** 0.76 mm a module: an integral 6 pixels at {@link PdfCodeReader#DPI}, easy for phones. */
  static final float MODULE_POINTS = 2.16f;

  private static final float LEADING = 15;

  private PrescriptionPdf() {}

  public static void write(Prescription prescription, String qrText, Path target)
      throws IOException, QrTooLargeException {
    for (int mask : QrCodes.MASKS) {
      byte[] pdf = render(prescription, QrCodes.encode(qrText, mask));
      try {
        if (PdfCodeReader.read(pdf).equals(qrText)) {
          Files.write(target, pdf);
          return;
        }
      } catch (NotFoundException unreadable) {
        // Next mask.
      }
    }
    throw new QrTooLargeException(qrText.length());
  }

  private static byte[] render(Prescription prescription, BitMatrix qr) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDImageXObject image = LosslessFactory.createFromImage(document, QrCodes.image(qr));
      float width = page.getMediaBox().getWidth();
      float side = Math.min(qr.getWidth() * MODULE_POINTS, width - 2 * MARGIN);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(LEADING);
        content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
        for (String line : PrescriptionLines.of(prescription)) {
          content.showText(PdfText.showable(font, line));
          content.newLine();
        }
        content.endText();
        content.drawImage(image, (width - side) / 2, MARGIN, side, side);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}

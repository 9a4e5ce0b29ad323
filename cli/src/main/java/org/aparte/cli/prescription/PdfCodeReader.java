package org.aparte.cli.prescription;

import com.google.zxing.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the prescription code the way a scanner would: renders the PDF's first page to pixels and
 * decodes the QR code in the image (never the text layer, which anyone can edit).
 */
public final class PdfCodeReader {
  /** 200 dpi: a module of {@link PrescriptionPdf#MODULE_POINTS} is exactly 6 pixels. */
  static final int DPI = 200;

  private PdfCodeReader() {}

  public static String read(Path pdf) throws IOException, NotFoundException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return read(document);
    }
  }

  static String read(byte[] pdf) throws IOException, NotFoundException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return read(document);
    }
  }

  private static String read(PDDocument document) throws IOException, NotFoundException {
    BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
    return QrCodes.decode(page);
  }
}

package org.aparte.cli.prescription;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QR codes with ZXing core. The prescription text is Base45, so ZXing picks the alphanumeric mode
 * (5.5 bits a character). Error correction M (15 %) survives a crease or a smudge; a payload too
 * long for M at version 40 falls back to L (7 %) rather than failing.
 */
final class QrCodes {
  /** The quiet zone, in modules, that the standard asks for around the code. */
  static final int QUIET_MODULES = 4;

  /** ZXing's own choice of mask, then each of the eight masks by number. */
  static final List<Integer> MASKS = List.of(-1, 0, 1, 2, 3, 4, 5, 6, 7);

  private QrCodes() {}

  /** One pixel per module, quiet zone included; {@code mask} -1 lets ZXing choose. */
  static BitMatrix encode(String text, int mask) throws QrTooLargeException {
    QRCodeWriter writer = new QRCodeWriter();
    for (ErrorCorrectionLevel level : List.of(ErrorCorrectionLevel.M, ErrorCorrectionLevel.L)) {
      Map<EncodeHintType, Object> hints = new HashMap<>();
      hints.put(EncodeHintType.ERROR_CORRECTION, level);
      hints.put(EncodeHintType.MARGIN, QUIET_MODULES);
      if (mask >= 0) {
        hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
      }
      try {
        return writer.encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
      } catch (WriterException tooLong) {
        // Try the next, lower level.
      }
    }
    throw new QrTooLargeException(text.length());
  }

  static BufferedImage image(BitMatrix matrix) {
    int side = matrix.getWidth();
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0xff000000 : 0xffffffff);
      }
    }
    return image;
  }

  /** The text of the QR code somewhere in {@code image}, as a camera-side reader finds it. */
  static String decode(BufferedImage image) throws NotFoundException {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    Map<DecodeHintType, Object> hints =
        Map.of(
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE));
    try {
      return new QRCodeReader().decode(bitmap, hints).getText();
    } catch (NotFoundException missing) {
      throw missing;
    } catch (ReaderException unreadable) {
      throw NotFoundException.getNotFoundInstance();
    }
  }
}

package org.aparte.client.document;

/**
 * Pads a document's plaintext, so its blob's size reveals only a bucket. Scheme {@link #PADME}
 * (recorded in the encrypted metadata, so the server cannot strip or change it): zeros appended to
 * at least {@value #FLOOR} bytes, then to Padmé's size (Nikitin et al., "Reducing Metadata Leakage
 * from Encrypted Files and Communication with PURBs", PETS 2019): a length {@code L} with {@code E
 * = floor(log2 L)} is rounded up to a multiple of {@code 2^(E - floor(log2 E) - 1)}. Above the
 * floor the overhead is at most 1/32 (1/64 from 4 GiB) and a length leaks {@code O(log log L)} bits
 * (32 possible sizes between 64 and 128 MiB), where powers of two would cost up to 100 %. The floor
 * hides every document of one segment or less entirely. Scheme {@link #NONE} is a document sent
 * before padding existed: still read, never written.
 */
public final class DocumentPadding {
  public static final int NONE = 0;
  public static final int PADME = 1;
  public static final long FLOOR = 64 * 1024;

  private DocumentPadding() {}

  /** The padded length of a plaintext of {@code size} bytes under {@link #PADME}. */
  public static long padded(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("a size is not negative");
    }
    if (size <= FLOOR) {
      return FLOOR;
    }
    int e = 63 - Long.numberOfLeadingZeros(size);
    int s = 32 - Integer.numberOfLeadingZeros(e);
    long mask = (1L << (e - s)) - 1;
    return (size + mask) & ~mask;
  }

  /** How many plaintext bytes the stream of a document with this metadata decrypts to. */
  static long streamLength(DocumentMeta meta) {
    return meta.padding() == PADME ? padded(meta.size()) : meta.size();
  }
}

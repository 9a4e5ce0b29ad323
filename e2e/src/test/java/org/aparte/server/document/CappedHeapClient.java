package org.aparte.server.document;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.booking.BookingStatus;

/**
 * The patient's SDK alone in a JVM whose heap the parent caps: uploads a file as a document of one
 * booking, downloads it back to another path, and prints the heap limit it ran under and the
 * document id. Arguments: server, practice id, practice public key (base64), booking id, data key
 * (base64), cancel secret (base64), source file, copy file.
 */
public final class CappedHeapClient {
  private CappedHeapClient() {}

  public static void main(String[] args) throws Exception {
    Base64.Decoder b64 = Base64.getDecoder();
    URI server = URI.create(args[0]);
    UUID practiceId = UUID.fromString(args[1]);
    var target =
        new PracticeTarget(
            practiceId, "Cabinet", EncryptionPublicKey.decode(b64.decode(args[2])), 1);
    var receipt =
        new BookingReceipt(
            UUID.fromString(args[3]),
            practiceId,
            List.of(),
            "Consultation",
            "Cabinet",
            Instant.now(),
            b64.decode(args[4]),
            b64.decode(args[5]),
            null,
            BookingStatus.CONFIRMED,
            null);
    Path source = Path.of(args[6]);
    Path copy = Path.of(args[7]);
    var documents =
        new PatientDocuments(new AnonymousTransport(server), new SecureRandom(), Clock.systemUTC());
    var prepared = documents.prepare(receipt, target, source, "application/octet-stream");
    documents.send(receipt, prepared, n -> {});
    documents.download(receipt, prepared.documentId(), copy, n -> {});
    System.out.println("max-heap " + Runtime.getRuntime().maxMemory());
    System.out.println("document " + prepared.documentId());
  }
}

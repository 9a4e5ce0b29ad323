package org.aparte.benchmarks.document;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.blobstore.DirectoryBlobStore;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PreparedDocument;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.document.DocumentSettings;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;

/**
 * What the document benchmarks share: a server over the directory blob store, one booking seeded at
 * the storage level, and the patient's SDK holding that booking's receipt.
 */
final class DocumentRig implements AutoCloseable {
  final AparteServer server;
  final BookingReceipt receipt;
  final PracticeTarget target;
  final AnonymousTransport transport;
  final PatientDocuments documents;

  DocumentRig(Database database, DataDirectory data, long maxDocumentBytes) throws Exception {
    SecureRandom random = new SecureRandom();
    EncryptionKeyPair practiceKey = EncryptionKeyPair.generate(random);
    UUID practiceId = UUID.randomUUID();
    UUID bookingId = UUID.randomUUID();
    byte[] cancelSecret = new byte[32];
    random.nextBytes(cancelSecret);
    DocumentMemoryCheck.seed(database, practiceId, practiceKey, bookingId, cancelSecret);
    var settings = new DocumentSettings(DirectoryBlobStore.open(data.blobs()), maxDocumentBytes);
    server =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                database,
                Clock.systemUTC(),
                ServerSettings.defaults().withDocuments(settings))
            .server()
            .start();
    byte[] dataKey = new byte[32];
    random.nextBytes(dataKey);
    receipt =
        new BookingReceipt(
            bookingId,
            practiceId,
            List.of(),
            "Consultation",
            "Cabinet",
            Instant.now(),
            dataKey,
            cancelSecret,
            null,
            BookingStatus.CONFIRMED,
            null);
    target = new PracticeTarget(practiceId, "Cabinet", practiceKey.publicKey(), 1);
    transport = new AnonymousTransport(URI.create(server.url()));
    documents = new PatientDocuments(transport, random, Clock.systemUTC());
  }

  /** Uploads {@code file} as a new document; returns its id. */
  UUID upload(Path file) throws Exception {
    return send(file).documentId();
  }

  /** Uploads {@code file} as a new document; returns it with its keys. */
  PreparedDocument send(Path file) throws Exception {
    var prepared = documents.prepare(receipt, target, file, "application/octet-stream");
    documents.send(receipt, prepared, n -> {});
    return prepared;
  }

  void download(UUID documentId, Path to) throws Exception {
    documents.download(receipt, documentId, to, n -> {});
  }

  @Override
  public void close() {
    server.close();
  }
}

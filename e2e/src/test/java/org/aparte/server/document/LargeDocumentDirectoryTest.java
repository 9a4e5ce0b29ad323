package org.aparte.server.document;

import java.nio.file.Path;
import org.aparte.blobstore.DirectoryBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 500 MB through the directory blob store, the client's heap capped (see CappedHeapRoundTrip). */
class LargeDocumentDirectoryTest {
  @TempDir Path temp;

  @Test
  void fiveHundredMegabytesRoundTripWithTheClientAt256Megabytes() throws Exception {
    try (CappedHeapRoundTrip trip = new CappedHeapRoundTrip(temp)) {
      trip.run(DirectoryBlobStore.open(temp.resolve("blobs")), "directory");
    }
  }
}

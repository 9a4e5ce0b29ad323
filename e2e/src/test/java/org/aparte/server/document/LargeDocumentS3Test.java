package org.aparte.server.document;

import java.nio.file.Path;
import org.aparte.blobstore.S3BlobStore;
import org.aparte.blobstore.S3Settings;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * 500 MB through S3 (S3Proxy on its filesystem provider, so the blob is on disk, not in this JVM's
 * heap), the client's heap capped (see CappedHeapRoundTrip). S3Proxy empties its bucket after the
 * test and deletes its directory.
 */
class LargeDocumentS3Test {
  static final String BUCKET = "aparte-large";
  @TempDir Path temp;

  @RegisterExtension
  final S3ProxyExtension proxy =
      S3ProxyExtension.builder()
          .withBlobStoreProvider("filesystem")
          .withCredentials("test-access", "test-secret")
          .build();

  @Test
  void fiveHundredMegabytesRoundTripWithTheClientAt256Megabytes() throws Exception {
    try (S3Client raw = rawClient()) {
      raw.createBucket(create -> create.bucket(BUCKET));
    }
    S3BlobStore store =
        S3BlobStore.open(
            new S3Settings(
                proxy.getUri(), "us-east-1", BUCKET, proxy.getAccessKey(), proxy.getSecretKey()));
    try (CappedHeapRoundTrip trip = new CappedHeapRoundTrip(temp)) {
      trip.run(store, "s3");
    } finally {
      store.close();
    }
  }

  private S3Client rawClient() {
    return S3Client.builder()
        .endpointOverride(proxy.getUri())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(proxy.getAccessKey(), proxy.getSecretKey())))
        .build();
  }
}

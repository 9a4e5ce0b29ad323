package org.aparte.blobstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The same contract against a real S3 server in this process: S3Proxy on a transient store. */
class S3BlobStoreTest extends BlobStoreContract {
  static final String BUCKET = "aparte-test";

  @RegisterExtension
  final S3ProxyExtension proxy =
      S3ProxyExtension.builder().withCredentials("test-access", "test-secret").build();

  private S3BlobStore store;
  private S3Client raw;

  @BeforeEach
  void open() {
    raw =
        S3Client.builder()
            .endpointOverride(proxy.getUri())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(proxy.getAccessKey(), proxy.getSecretKey())))
            .build();
    raw.createBucket(create -> create.bucket(BUCKET));
    store =
        S3BlobStore.open(
            new S3Settings(
                proxy.getUri(), "us-east-1", BUCKET, proxy.getAccessKey(), proxy.getSecretKey()));
  }

  @AfterEach
  void close() {
    store.close();
    raw.close();
  }

  @Override
  BlobStore store() {
    return store;
  }

  @Test
  void theObjectKeyIsTheIdAndItCarriesNoUserMetadata() throws IOException {
    BlobId id = BlobId.random(RANDOM);
    store.put(id, new ByteArrayInputStream(new byte[] {1, 2}), 2);
    assertThat(raw.listObjectsV2(list -> list.bucket(BUCKET)).contents())
        .extracting(object -> object.key())
        .containsExactly(id.value());
    assertThat(raw.headObject(head -> head.bucket(BUCKET).key(id.value())).metadata()).isEmpty();
  }

  @Test
  void settingsNeverPrintTheSecret() {
    var settings =
        new S3Settings(proxy.getUri(), "us-east-1", BUCKET, "access-id", "very-secret-key");
    assertThat(settings.toString()).doesNotContain("very-secret-key").doesNotContain("access-id");
  }
}

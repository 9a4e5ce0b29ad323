package org.aparte.blobstore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in one bucket of an S3-compatible store, keyed by the blob id alone, with no
 * user metadata. A PUT is atomic on S3 (an object appears only when its upload completes) and a
 * second PUT of the same key replaces it, which is what {@link BlobStore#put} promises. Uploads
 * stream with a known Content-Length; no blob is buffered whole.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
  private final S3Client s3;
  private final String bucket;
  private final String description;

  private S3BlobStore(S3Client s3, String bucket, String description) {
    this.s3 = s3;
    this.bucket = bucket;
    this.description = description;
  }

  public static S3BlobStore open(S3Settings settings) {
    Objects.requireNonNull(settings, "settings");
    S3Client client =
        S3Client.builder()
            .endpointOverride(settings.endpoint())
            .region(Region.of(settings.region()))
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.addExecutionInterceptor(new NoExpectContinue()))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())))
            .build();
    return new S3BlobStore(
        client, settings.bucket(), "S3 bucket " + settings.bucket() + " at " + settings.endpoint());
  }

  @Override
  public void put(BlobId id, InputStream content, long length) throws IOException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    if (length == 0 && content.read() >= 0) {
      throw new BlobLengthException();
    }
    var exact = new ExactLengthInputStream(content, length);
    RequestBody body =
        length == 0 ? RequestBody.empty() : RequestBody.fromInputStream(exact, length);
    try {
      s3.putObject(put -> put.bucket(bucket).key(id.value()).contentLength(length), body);
    } catch (RuntimeException e) {
      // The SDK wraps our stream's exception, differently when it has tried to retry.
      if (exact.failed()) {
        throw new BlobLengthException();
      }
      if (e instanceof SdkException sdk) {
        throw unwrap(sdk);
      }
      throw e;
    }
  }

  @Override
  public InputStream get(BlobId id) throws IOException {
    try {
      return s3.getObject(get -> get.bucket(bucket).key(id.value()));
    } catch (NoSuchKeyException e) {
      throw new BlobNotFoundException();
    } catch (SdkException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void delete(BlobId id) throws IOException {
    try {
      s3.deleteObject(delete -> delete.bucket(bucket).key(id.value()));
    } catch (SdkException e) {
      throw unwrap(e);
    }
  }

  @Override
  public boolean exists(BlobId id) throws IOException {
    try {
      s3.headObject(head -> head.bucket(bucket).key(id.value()));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw unwrap(e);
    } catch (SdkException e) {
      throw unwrap(e);
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    s3.close();
  }

  /** Our own stream errors come back wrapped by the SDK; anything else is an I/O failure. */
  private static IOException unwrap(SdkException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BlobLengthException length) {
        return length;
      }
    }
    return new IOException("the S3 blob store failed", e);
  }
}

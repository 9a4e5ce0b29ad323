package org.aparte.blobstore;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where the S3-compatible store is: from {@code APARTE_S3_ENDPOINT} (e.g. {@code
 * https://s3.example.org}), {@code APARTE_S3_REGION} (default {@code us-east-1}), {@code
 * APARTE_S3_BUCKET}, {@code APARTE_S3_ACCESS_KEY_ID} and {@code APARTE_S3_SECRET_ACCESS_KEY}.
 * Requests use path-style addressing, which every S3-compatible server understands.
 */
public record S3Settings(
    URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey) {
  public static final String ENDPOINT_ENV = "APARTE_S3_ENDPOINT";
  public static final String REGION_ENV = "APARTE_S3_REGION";
  public static final String BUCKET_ENV = "APARTE_S3_BUCKET";
  public static final String ACCESS_KEY_ENV = "APARTE_S3_ACCESS_KEY_ID";
  public static final String SECRET_KEY_ENV = "APARTE_S3_SECRET_ACCESS_KEY";
  public static final String DEFAULT_REGION = "us-east-1";

  public S3Settings {
    Objects.requireNonNull(endpoint, "endpoint");
    requireText(region, REGION_ENV);
    requireText(bucket, BUCKET_ENV);
    requireText(accessKeyId, ACCESS_KEY_ENV);
    requireText(secretAccessKey, SECRET_KEY_ENV);
  }

  public static S3Settings fromEnvironment(Map<String, String> env) {
    String endpoint = requireText(env.get(ENDPOINT_ENV), ENDPOINT_ENV);
    String region = env.getOrDefault(REGION_ENV, "");
    return new S3Settings(
        URI.create(endpoint.strip()),
        region.isBlank() ? DEFAULT_REGION : region.strip(),
        env.get(BUCKET_ENV),
        env.get(ACCESS_KEY_ENV),
        env.get(SECRET_KEY_ENV));
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set for the S3 blob store");
    }
    return value;
  }

  @Override
  public String toString() {
    return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", credentials=[REDACTED]]";
  }
}

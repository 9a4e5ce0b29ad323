package org.aparte.crypto.vectors;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.aparte.crypto.testing.SeededRandom;

/**
 * Writes every vector file into {@code testdata/vectors/}. Run it after a deliberate format change
 * with {@code ./aparte vectors}; the files are committed and then checked by {@code
 * VectorFilesTest} (Java) and the web app's tests (TypeScript).
 *
 * <p>Deterministic: each file draws from its own {@link SeededRandom}, so a re-run rewrites the
 * same bytes (checked by {@code VectorFilesReproduceTest}) and only a real format change shows in a
 * diff.
 */
public final class GenerateVectors {
  private GenerateVectors() {}

  /**
   * The fixed randomness of one vector file; a new file gets its own seed, the others keep theirs.
   */
  public static SecureRandom randomFor(String fileName) {
    return new SeededRandom("aparte/test-vectors/v1/" + fileName);
  }

  public static void main(String[] args) throws Exception {
    Path directory = args.length > 0 ? Path.of(args[0]) : VectorJson.directory();
    for (VectorSet set : VectorSets.all()) {
      Path file = directory.resolve(set.name() + ".json");
      VectorJson.write(file, set.generate(randomFor(set.name())));
      System.out.println("wrote " + file);
    }
  }
}

package org.aparte.crypto.vectors;

import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Writes every vector file into {@code testdata/vectors/}. Run it after a deliberate format change
 * with {@code ./aparte vectors}; the files are committed and then checked by {@code
 * VectorFilesTest} (Java) and the web app's tests (TypeScript).
 */
public final class GenerateVectors {
  private GenerateVectors() {}

  public static void main(String[] args) throws Exception {
    Path directory = args.length > 0 ? Path.of(args[0]) : VectorJson.directory();
    SecureRandom random = new SecureRandom();
    for (VectorSet set : VectorSets.all()) {
      Path file = directory.resolve(set.name() + ".json");
      VectorJson.write(file, set.generate(random));
      System.out.println("wrote " + file);
    }
  }
}

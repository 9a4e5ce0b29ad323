package org.aparte.transparency.vectors;

import java.nio.file.Path;
import org.aparte.crypto.vectors.VectorJson;

/**
 * Writes {@code testdata/vectors/merkle-proofs.json} and {@code key-entry.json}; run with {@code
 * ./aparte vectors}.
 */
public final class GenerateMerkleVectors {
  private GenerateMerkleVectors() {}

  public static void main(String[] args) throws Exception {
    Path directory = args.length > 0 ? Path.of(args[0]) : VectorJson.directory();
    Path file = directory.resolve(MerkleProofVectors.NAME + ".json");
    VectorJson.write(file, MerkleProofVectors.generate());
    System.out.println("wrote " + file);
    Path entries = directory.resolve(KeyEntryVectors.NAME + ".json");
    VectorJson.write(entries, KeyEntryVectors.generate());
    System.out.println("wrote " + entries);
  }
}

package org.aparte.notifier.vectors;

import java.nio.file.Path;
import org.aparte.crypto.vectors.GenerateVectors;
import org.aparte.crypto.vectors.VectorJson;

/**
 * Writes {@code testdata/vectors/reminder-job.json} (run from {@code ./aparte vectors}), from its
 * own seeded randomness so that a re-run writes the same bytes.
 */
public final class GenerateReminderVectors {
  private GenerateReminderVectors() {}

  public static void main(String[] args) throws Exception {
    Path directory = args.length > 0 ? Path.of(args[0]) : VectorJson.directory();
    Path file = directory.resolve(ReminderJobVectors.NAME + ".json");
    VectorJson.write(
        file, ReminderJobVectors.generate(GenerateVectors.randomFor(ReminderJobVectors.NAME)));
    System.out.println("wrote " + file);
  }
}

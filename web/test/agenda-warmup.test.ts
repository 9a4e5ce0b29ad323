import { expect, test } from "vitest";
import { warmUp } from "../src/app/agenda-warmup";

test("a worker's warm-up opens keys wrapped to its own throwaway key, through the agenda's code", async () => {
  await expect(warmUp(3)).resolves.toBeUndefined();
});

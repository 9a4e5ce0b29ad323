import { afterEach, expect, test, vi } from "vitest";
import { ApiError, BUSY_ATTEMPTS, api } from "../src/app/api";
import { messageFor } from "../src/app/errors";

/** A route answering 503 with `code` for the first `busyTimes` calls, then 200. */
function busyRoute(busyTimes: number, code: string): { calls: () => number } {
  let calls = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => {
      calls++;
      if (calls <= busyTimes) {
        return new Response(JSON.stringify({ error: code, message: "busy", field: null }), {
          status: 503,
          headers: { "Retry-After": "0" },
        });
      }
      return new Response(JSON.stringify({ value: `after ${calls}` }), { status: 200 });
    }),
  );
  return { calls: () => calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test("a busy server is asked again and the later answer returned", async () => {
  const route = busyRoute(2, "contended");
  await expect(api("POST", "/v1/bookings", { x: 1 })).resolves.toEqual({ value: "after 3" });
  expect(route.calls()).toBe(3);
});

test("a server still busy after three attempts is told as busy, in both languages", async () => {
  const route = busyRoute(10, "overloaded");
  const failure = await api("GET", "/v1/practices/x").catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ApiError);
  expect((failure as ApiError).code).toBe("overloaded");
  expect(route.calls()).toBe(BUSY_ATTEMPTS);
  expect(messageFor(failure)).toBe("errorBusy");
});

test("another 503 is not retried", async () => {
  const route = busyRoute(10, "maintenance");
  await expect(api("GET", "/v1/x")).rejects.toBeInstanceOf(ApiError);
  expect(route.calls()).toBe(1);
});

/**
 * The JSON API on the same origin (the CSP allows no other). Errors become ApiError with the
 * server's stable code; bodies are never logged.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`HTTP ${status} ${code}`);
  }
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  sessionToken?: string,
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (sessionToken !== undefined) {
    headers["Authorization"] = `Bearer ${sessionToken}`;
  }
  const init: RequestInit = { method, headers, credentials: "omit", cache: "no-store" };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(path, init);
    if (!response.ok) {
      const code = await errorCode(response);
      if (response.status === 503 && BUSY.has(code) && attempt < BUSY_ATTEMPTS) {
        await pause(response);
        continue;
      }
      throw new ApiError(response.status, code);
    }
    const text = await response.text();
    return (text === "" ? undefined : JSON.parse(text)) as T;
  }
}

/**
 * As BusyRetry in the Java SDK: 503 overloaded or contended is a refusal under load whose
 * transaction was rolled back, and ids are chosen by the client, so the same request goes again
 * after the server's Retry-After (at most 2 s), three attempts in all.
 */
export const BUSY_ATTEMPTS = 3;
const BUSY = new Set(["overloaded", "contended"]);

async function errorCode(response: Response): Promise<string> {
  try {
    const error = (await response.json()) as { error?: unknown };
    return typeof error.error === "string" ? error.error : "http_error";
  } catch {
    return "http_error"; // not JSON
  }
}

function pause(response: Response): Promise<void> {
  const seconds = Number(response.headers.get("Retry-After") ?? "1");
  const wait = Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 2) : 1;
  return new Promise((resolve) => setTimeout(resolve, wait * 1000));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    out[i] = binary.charCodeAt(i);
  }
  return out;
}

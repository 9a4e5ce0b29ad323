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
  const response = await fetch(path, init);
  if (!response.ok) {
    let code = "http_error";
    try {
      const error = (await response.json()) as { error?: unknown };
      code = typeof error.error === "string" ? error.error : code;
    } catch {
      // not JSON: keep the generic code
    }
    throw new ApiError(response.status, code);
  }
  const text = await response.text();
  return (text === "" ? undefined : JSON.parse(text)) as T;
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

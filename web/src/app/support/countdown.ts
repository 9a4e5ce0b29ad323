/** The time left before an expiry, as the agent's page shows it: "1 h 05 min 03 s", never negative. */
export function remainingText(millis: number): string {
  const total = Math.max(0, Math.ceil(millis / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number): string => String(n).padStart(2, "0");
  if (hours > 0) return `${hours} h ${two(minutes)} min ${two(seconds)} s`;
  if (minutes > 0) return `${minutes} min ${two(seconds)} s`;
  return `${seconds} s`;
}

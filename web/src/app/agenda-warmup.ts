import { KeyKind, decodePrivateKey, decodePublicKey, encodeKey, publicKeyOf, secureRandom, wrapKey } from "../crypto";
import { PURPOSE, openDataKey } from "./booking";
import { uuidBytes } from "./keybundle";

/**
 * How many keys a new worker opens before it is asked for real ones. V8 optimises the hot ML-KEM,
 * X25519 and HKDF code only after it has run a while, and every worker starts cold: measured, a
 * week of 1,000 bookings cost the workers 1.45 ms per booking, against 0.6–0.7 ms of CPU on a
 * warmed main thread. A few dozen openings bring a worker to speed.
 */
export const WARM_UP_ROUNDS = 40;

/**
 * Opens `rounds` keys wrapped to a throwaway key made here, through the same code as an agenda
 * entry. Nothing of the practice's is used, nothing leaves the worker.
 */
export async function warmUp(rounds: number = WARM_UP_ROUNDS): Promise<void> {
  const privateKey = encodeKey(KeyKind.X_WING, secureRandom(32));
  const publicKey = decodePublicKey(encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(privateKey))));
  const bookingId = crypto.randomUUID();
  const wrapped = await wrapKey(secureRandom(32), publicKey, PURPOSE, uuidBytes(bookingId));
  for (let i = 0; i < rounds; i++) await openDataKey(bookingId, wrapped, privateKey);
  privateKey.fill(0);
}

/**
 * The contact reminders go to, as the CLI accepts it (cli/.../ReminderInput.java): a phone number
 * in international form (a French national number 06 12 34 56 78 becomes +33612345678) and an
 * e-mail address. Both live in the vault profile; null when left empty.
 */
export class ContactInputError extends Error {
  constructor(readonly field: "phone" | "email") {
    super(`invalid ${field}`);
  }
}

export function normalizePhone(text: string): string | null {
  const compact = text.replace(/[\s.\-()]/g, "");
  if (compact === "") return null;
  if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
  if (!/^\+[1-9]\d{7,14}$/.test(compact)) throw new ContactInputError("phone");
  return compact;
}

export function checkEmail(text: string): string | null {
  const address = text.trim();
  if (address === "") return null;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(address) || new TextEncoder().encode(address).length > 254) {
    throw new ContactInputError("email");
  }
  return address;
}

import { toHex } from "../../crypto";
import { fromBase64 } from "../api";
import { type MessageKey, t } from "../i18n";
import type { ScopeItem } from "../support/desk";
import type { OfferedRef } from "../support/ref-kinds";

export function fieldLabel(name: string): string {
  return t(`field_${name}` as MessageKey) ?? name;
}

export function refLabel(ref: OfferedRef | undefined): string {
  if (ref === undefined) return "?";
  const kind = t(`kind_${ref.kind}` as MessageKey);
  return ref.kind === "PROFILE" ? kind : `${kind} ${ref.rank}`;
}

/** "Profil de l'usager : prénom, téléphone ; Rendez-vous 2 : date" */
export function scopeText(scope: readonly ScopeItem[], refs: Map<string, OfferedRef>): string {
  return scope
    .map((item) => `${refLabel(refs.get(toHex(fromBase64(item.ref))))} : ${item.fields.map(fieldLabel).join(", ")}`)
    .join(" ; ");
}

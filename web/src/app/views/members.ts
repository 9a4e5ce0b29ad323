import { KeyKind, decodePrivateKey, encodeKey, publicKeyOf } from "../../crypto";
import { fromBase64, toBase64 } from "../api";
import { field, h, status } from "../dom";
import { messageFor } from "../errors";
import { type MessageKey, t } from "../i18n";
import { UnloggedKeyError } from "../log/directory";
import { type Member, addMember, listMembers, removeMember } from "../members";
import { type MyPractice, myPractices, openKeyring } from "../practice-side";
import { session } from "../state";
import { forgetKeyring } from "./agenda";

function failure(error: unknown): MessageKey {
  if (error instanceof UnloggedKeyError) return "memberKeyRefused";
  return messageFor(error);
}

/**
 * `#/members`: the practice's members; an admin adds one (every key version wrapped to a key the
 * log shows as that account's own) or removes one (the practice key is rotated). Shows this
 * account's id and public key, for a colleague's admin to add.
 */
export function membersView(): HTMLElement {
  const message = status();
  const body = h("div", {});
  let practices: MyPractice[] = [];
  let chosen: string | undefined;
  void load();
  return h("section", { "aria-labelledby": "members-title" }, h("h1", { id: "members-title" }, t("membersTitle")), body, message);

  async function load(): Promise<void> {
    const current = session();
    if (current === null) {
      message.replaceChildren(h("a", { href: "#/login" }, t("navLogin")));
      return;
    }
    try {
      const mine = encodeKey(KeyKind.X_WING, await publicKeyOf(decodePrivateKey(current.keys.encryptionPrivateKey)));
      const own = h(
        "section",
        { "aria-labelledby": "own-title" },
        h("h2", { id: "own-title" }, t("yourAccount")),
        h("p", { class: "muted" }, t("yourAccountHint")),
        h("p", {}, `${t("accountId")} : `, h("code", { "data-testid": "own-account-id" }, current.accountId)),
        h("p", {}, `${t("publicKey")} : `, h("code", { class: "key", "data-testid": "own-public-key" }, toBase64(mine))),
      );
      practices = (await myPractices(current)).filter((p) => p.role === "ADMIN");
      chosen ??= practices[0]?.id;
      const practice = practices.find((p) => p.id === chosen);
      if (practice === undefined) {
        body.replaceChildren(own, h("p", {}, t("adminOnly")));
        return;
      }
      const members = await listMembers(current, practice.id);
      const select = h(
        "select",
        { id: "members-practice", onchange: (e) => { chosen = (e.target as HTMLSelectElement).value; void load(); } },
        ...practices.map((p) => h("option", { value: p.id, ...(p.id === chosen ? { selected: true } : {}) }, p.profile.name)),
      );
      body.replaceChildren(
        h("div", { class: "field" }, h("label", { for: "members-practice" }, t("practiceLabel")), select),
        list(practice.id, members, current.accountId),
        addForm(practice.id),
        own,
      );
    } catch (error) {
      message.textContent = t(failure(error));
    }
  }

  function list(practiceId: string, members: Member[], me: string): HTMLElement {
    return h(
      "ul",
      { class: "members" },
      ...members.map((m) =>
        h(
          "li",
          { "data-account": m.accountId },
          h("code", {}, m.accountId),
          ` — ${m.role === "ADMIN" ? t("roleAdmin") : t("roleMember")}`,
          m.accountId === me
            ? ` (${t("you")})`
            : h("button", { type: "button", class: "danger", onclick: () => void remove(practiceId, m.accountId) }, t("removeMember")),
        ),
      ),
    );
  }

  function addForm(practiceId: string): HTMLElement {
    const account = field("member-account", t("accountId"), { required: true, pattern: "[0-9a-fA-F\\-]{36}" });
    const key = field("member-key", t("memberPublicKey"), { required: true });
    const role = h("select", { id: "member-role" }, h("option", { value: "MEMBER" }, t("roleMember")), h("option", { value: "ADMIN" }, t("roleAdmin"))) as HTMLSelectElement;
    const submit = async (): Promise<void> => {
      const current = session();
      if (current === null) return;
      message.textContent = t("loading");
      try {
        const ring = await openKeyring(current, practiceId);
        await addMember(current, practiceId, ring, account.input.value.trim().toLowerCase(), fromBase64(key.input.value.trim()), role.value as "ADMIN" | "MEMBER");
        await load();
        message.textContent = t("memberAdded");
      } catch (error) {
        message.textContent = t(failure(error));
      }
    };
    return h(
      "form",
      { class: "setup-form", onsubmit: (e) => { e.preventDefault(); void submit(); } },
      h("h2", {}, t("addMemberTitle")),
      account.wrapper,
      key.wrapper,
      h("div", { class: "field" }, h("label", { for: "member-role" }, t("role")), role),
      h("button", { type: "submit" }, t("addMember")),
    );
  }

  async function remove(practiceId: string, accountId: string): Promise<void> {
    const current = session();
    if (current === null) return;
    message.textContent = t("loading");
    try {
      const version = await removeMember(current, practiceId, await openKeyring(current, practiceId), accountId);
      forgetKeyring(practiceId);
      await load();
      message.textContent = `${t("memberRemoved")} ${version}.`;
    } catch (error) {
      message.textContent = t(failure(error));
    }
  }
}

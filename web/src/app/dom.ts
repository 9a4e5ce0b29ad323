/**
 * The whole "framework": build elements from data, never from HTML strings, so nothing the server
 * sends can become markup or script (and the CSP needs no inline anything).
 */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined | ((event: Event) => void)>;

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "function") {
      element.addEventListener(name.replace(/^on/, ""), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (typeof value === "string") {
      element.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child);
    }
  }
  return element;
}

/** A labelled input: the label names the field for screen readers and clicks focus it. */
export function field(
  id: string,
  label: string,
  attributes: Attributes = {},
): { wrapper: HTMLElement; input: HTMLInputElement } {
  const input = h("input", { id, name: id, ...attributes }) as HTMLInputElement;
  return { wrapper: h("div", { class: "field" }, h("label", { for: id }, label), input), input };
}

/** A live region: messages put here are read out without moving the focus. */
export function status(): HTMLElement {
  return h("p", { class: "status", role: "status", "aria-live": "polite" });
}

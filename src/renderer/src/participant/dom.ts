type Child = Node | string | null | undefined;
type Attributes = Record<string, string | ((event: Event) => void)>;

/** A small element builder: attributes as strings, on* as listeners, children as nodes or text. */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child);
  }
  return element;
}

export function clear(element: HTMLElement): void {
  element.replaceChildren();
}

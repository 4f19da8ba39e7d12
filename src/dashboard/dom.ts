/**
 * Browser-side DOM helpers. Data only ever reaches the page as text nodes or attribute values set one by one
 * (never through innerHTML), so a string such as `<img onerror=…>` in an event is shown, not run.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  append(node, children);
  return node;
}

function append(node: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement | SVGElement = HTMLElement>(id: string): T {
  const n = document.getElementById(id);
  if (n === null) throw new Error(`#${id} missing`);
  return n as unknown as T;
}

/** A link only for http(s) URLs; anything else is plain text. */
export function safeLink(url: string | null, text: string): Node {
  if (url === null || !/^https?:\/\//i.test(url)) return document.createTextNode(text);
  const a = el('a', { rel: 'noopener noreferrer', target: '_blank' }, text);
  a.href = url;
  return a;
}

export const fmt = new Intl.NumberFormat('en-US');

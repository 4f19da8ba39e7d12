/**
 * A small, strict XML reader for feeds: elements, attributes, text, CDATA, comments, processing
 * instructions and a DOCTYPE without an internal subset. No external entities are ever resolved
 * (only the five XML entities and numeric references), so a feed cannot make ingest read files or
 * expand entity bombs. Malformed input throws an E_INPUT naming the line.
 */
import { inputError } from '../errors.js';

export interface XmlElement {
  /** Qualified name as written (`atom:link`). */
  name: string;
  /** Name without its prefix, lower case (`link`). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string, fail: (what: string) => never): string {
  return s.replace(/&([^;&\s]{1,12});/g, (_m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return safeCodePoint(parseInt(e.slice(2), 16), fail);
    if (e.startsWith('#')) return safeCodePoint(Number(e.slice(1)), fail);
    const v = NAMED[e];
    // HTML entities (&nbsp;, &rsquo;) are common in feeds; keep them as written rather than fail.
    return v ?? `&${e};`;
  });
}

function safeCodePoint(n: number, fail: (what: string) => never): string {
  if (!Number.isInteger(n) || n < 0 || n > 0x10ffff) fail(`bad character reference ${n}`);
  return String.fromCodePoint(n);
}

const localName = (q: string): string => (q.includes(':') ? q.slice(q.indexOf(':') + 1) : q).toLowerCase();

/** Parses a document and returns its root element. */
export function parseXml(text: string, where: string): XmlElement {
  let i = 0;
  const n = text.length;
  const lineAt = (k: number): number => text.slice(0, k).split('\n').length;
  const fail = (what: string): never => {
    throw inputError(`${where}:${lineAt(i)}`, `not well-formed XML (${what})`);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? n : lt);
    if (chunk.trim() !== '') {
      const top = stack[stack.length - 1];
      if (top === undefined) fail('text outside the root element');
      else top.children.push(decodeEntities(chunk, fail));
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) fail('unterminated CDATA section');
      const top = stack[stack.length - 1];
      if (top === undefined) fail('CDATA outside the root element');
      else top.children.push(text.slice(i + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!DOCTYPE', i) || text.startsWith('<!doctype', i)) {
      const end = text.indexOf('>', i);
      if (end < 0) fail('unterminated DOCTYPE');
      if (text.slice(i, end).includes('[')) fail('DOCTYPE with an internal subset (entities are not allowed)');
      i = end + 1;
    } else if (text.startsWith('</', i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(text.slice(i, i + 300));
      if (m?.[1] === undefined) return fail('bad closing tag');
      const top = stack.pop();
      if (top === undefined || top.name !== m[1]) fail(`</${m[1]}> does not close <${top?.name ?? '(nothing)'}>`);
      i += m[0].length;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(i, i + 20_000));
      if (m?.[1] === undefined) return fail('bad start tag');
      const attrs: Record<string, string> = {};
      for (const a of (m[2] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1] ?? ''] = decodeEntities(a[2] ?? a[3] ?? '', fail);
      }
      const el: XmlElement = { name: m[1], local: localName(m[1]), attrs, children: [] };
      const top = stack[stack.length - 1];
      if (top !== undefined) top.children.push(el);
      else if (root === null) root = el;
      else fail('more than one root element');
      if (m[3] !== '/') stack.push(el);
      i += m[0].length;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1]?.name ?? ''}> is not closed`);
  if (root === null) return fail('no root element');
  return root;
}

/** Child elements with a local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

export function firstChild(el: XmlElement, ...locals: string[]): XmlElement | undefined {
  for (const l of locals) {
    const c = childrenNamed(el, l)[0];
    if (c !== undefined) return c;
  }
  return undefined;
}

/** All text below an element (markup inside a text construct is kept as its text). */
export function textOf(el: XmlElement | undefined): string {
  if (el === undefined) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('').trim();
}

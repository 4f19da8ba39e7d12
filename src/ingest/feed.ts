/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items. A document that is not XML, or XML that is not a
 * feed, is an E_INPUT naming where; an item without a link or any text is left out (and counted).
 */
import { inputError } from '../errors.js';
import { htmlToText } from '../input/html.js';
import { childrenNamed, firstChild, parseXml, textOf, type XmlElement } from './xml.js';

export interface FeedItem {
  /** guid / Atom id, else the link. */
  id: string;
  title: string | null;
  link: string | null;
  /** The item's own text (description, summary or content), as plain text. */
  text: string;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
  /** Items without a link, id or text, left out. */
  skipped: number;
}

/** A date in RFC 822 or ISO form → YYYY-MM-DD (UTC), or null. */
export function isoDay(s: string | null | undefined): string | null {
  if (s === null || s === undefined || s.trim() === '') return null;
  const lead = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  if (lead?.[1] !== undefined) return lead[1];
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** True when a text looks like a feed (for kind detection by content). */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text.slice(0, 2000));
}

function atomLink(entry: XmlElement): string | null {
  const links = childrenNamed(entry, 'link');
  const alt = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return alt?.attrs.href ?? null;
}

function itemText(el: XmlElement): string {
  const raw = textOf(firstChild(el, 'encoded', 'content', 'description', 'summary'));
  return raw === '' ? '' : htmlToText(raw);
}

export function parseFeed(text: string, where: string): Feed {
  if (!/^\s*</.test(text)) throw inputError(where, 'not a feed (not XML: does not start with "<")');
  const root = parseXml(text, where);
  let entries: XmlElement[];
  let title: string | null;
  let atom = false;
  if (root.local === 'rss') {
    const channel = firstChild(root, 'channel');
    if (channel === undefined) throw inputError(where, 'not a feed (<rss> without <channel>)');
    entries = childrenNamed(channel, 'item');
    title = textOf(firstChild(channel, 'title')) || null;
  } else if (root.local === 'rdf') {
    entries = childrenNamed(root, 'item');
    title = textOf(firstChild(firstChild(root, 'channel') ?? root, 'title')) || null;
  } else if (root.local === 'feed') {
    atom = true;
    entries = childrenNamed(root, 'entry');
    title = textOf(firstChild(root, 'title')) || null;
  } else {
    throw inputError(where, `not a feed (root element <${root.name}>, expected <rss>, <feed> or <rdf:RDF>)`);
  }
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const e of entries) {
    const link = (atom ? atomLink(e) : textOf(firstChild(e, 'link')) || (e.attrs['rdf:about'] ?? '')) || null;
    const id = textOf(firstChild(e, 'guid', 'id')) || link;
    const body = itemText(e);
    if (id === null || (link === null && body === '')) {
      skipped++;
      continue;
    }
    items.push({
      id,
      title: textOf(firstChild(e, 'title')) || null,
      link,
      text: body,
      date: isoDay(textOf(firstChild(e, 'pubdate', 'published', 'date', 'updated'))),
    });
  }
  return { title, items, skipped };
}

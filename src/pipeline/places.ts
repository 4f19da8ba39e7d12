/**
 * Event places: each record takes the place attached to its evidence (`eventPlace` over `findPlaces` of
 * `document/places.ts`: never a dateline, never where a statement was made), under the gazetteer's name as the
 * document spells it (`recordName`: "Brasilia" where the text writes no accent). When no named place is attached, a
 * state named after "in"/"at" in the event's clause — by name or by coreference ("suspended training operations in
 * the country") — is the location.
 *
 * Cost: the gazetteer is touched only for sentences that carry an event and have a capitalised word after a
 * locative preposition; the other sentences are blanked out (same length, so offsets hold) before `findPlaces`
 * runs. The document's full `places` layer is built on demand by `allPlaces` (`--format doc`), not here.
 */
import { LOCATIVE } from '../coding/actor-country.js';
import { countryByCode } from '../document/gazetteer.js';
import { DIRECTION_OF, eventPlace, findPlaces, hasPlaceAnaphor, NOUN_PLACE, PLACE_OF_NOUNS, placeAnaphor, recordName, VERB_PLACE, type PlaceMention } from '../document/places.js';
import type { ActorMention, Location } from '../types.js';
import type { EventOrigin, SentenceWork, Stage, WorkingDoc } from './stage.js';

/**
 * A capitalised word after a locative preposition, after a verb whose object is a place ("struck Kharkiv") or an attack's
 * "on" ("a raid on Tubas"), after a noun of a place and "of" ("near the town of Kayes", "the port of Odesa") or after a
 * direction and "of" ("north of Bunia"): without one, no sentence can name an event's place.
 */
const LOCATIVE_CANDIDATE = new RegExp(
  String.raw`\b(?:(?:in|at|near|outside|inside|into|across|around|from|toward|towards|off|over|${VERB_PLACE}|${NOUN_PLACE})\s+(?:the\s+)?|` +
    String.raw`(?:(?:${PLACE_OF_NOUNS})\s+of|${DIRECTION_OF})\s+(?:the\s+)?)\p{Lu}`,
  'u',
);
/** A sentence before "the town" can name it only with a capitalised word after a word of place or a crossing. */
const PLACE_NAME_BEFORE = new RegExp(String.raw`${LOCATIVE_CANDIDATE.source}|\p{Lu}\p{L}+\s+(?:border\s+)?crossing\b`, 'u');
/** How far past the evidence span a locative state may lie (characters). */
const WINDOW = 40;

const isState = (m: ActorMention): boolean => {
  const c = m.codes[0];
  return m.codes.length === 1 && !!c && c.length === 3 && !c.startsWith('---') && !/^(?:IGO|NGO|IMG|MNC)/.test(c);
};

/**
 * The state named after a locative preposition in the event's clause, under the country's own name ("in northern
 * Israel", "in the southern Lebanese town of …": Israel, Lebanon). A demonym after "at" that qualifies a noun is the
 * target's, not a place ("fired a water cannon at a Philippine supply boat").
 */
function stateLocation(o: EventOrigin): Location | null {
  const s = o.sentence;
  for (const m of s.mentions) {
    if (m.start < o.start || m.start > o.end + WINDOW || !isState(m)) continue;
    const prep = s.tokens[m.first - 1]?.norm ?? '';
    if (!LOCATIVE.has(prep)) continue;
    if (prep === 'AT' && QUALIFIED.has(s.tokens[m.last + 1]?.pos ?? '')) continue;
    const code = m.codes[0] as string;
    const place = countryByCode(code);
    const name = m.kind === 'coref' || m.kind === 'pronoun' ? (m.name ?? m.text) : m.text;
    return { name: place?.name ?? name, country: code, lat: place?.lat ?? null, lon: place?.lon ?? null };
  }
  return null;
}

/** Tags of a word a demonym qualifies when it comes right after it. */
const QUALIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A country named as an actor ("U.S. officials briefed …", "concern about Iran") is not where the event happened:
 * such country mentions count as places only after a locative preposition, and never when the country only
 * qualifies a longer actor ("fired at U.S. troops in Iraq": the troops are American, the place is Iraq).
 */
function actorCountry(p: PlaceMention, s: SentenceWork): boolean {
  if (p.place.kind !== 'country') return false;
  const m = s.mentions.find((x) => x.start <= p.start && x.end >= p.end);
  if (!m) return false;
  return m.end > p.end || !LOCATIVE.has(s.tokens[m.first - 1]?.norm ?? '');
}

/**
 * A name the actor dictionaries read as a whole as an actor with a role — a person or an office ("according to Lula's
 * office": Lula, BRAGOV, not the town in Georgia) — is no place unless a locative preposition puts it there; a city
 * coded as its state ("in Brasilia", BRA) stays a place.
 */
function actorName(p: PlaceMention, s: SentenceWork): boolean {
  const m = s.mentions.find((x) => x.start === p.start && x.end === p.end);
  return !!m && m.codes.length > 0 && m.codes.every((c) => c.length > 3) && !LOCATIVE.has(s.tokens[m.first - 1]?.norm ?? '');
}

/**
 * `text` from `start` to `end` with every character but line breaks made a space: runs of spaces joined at the line
 * breaks (a document's gaps between the sentences asked about hold whole paragraphs; a replace per character over
 * them was the stage's largest single cost).
 */
function blank(text: string, start: number, end: number): string {
  let out = '';
  let at = start;
  for (let nl = text.indexOf('\n', at); nl >= 0 && nl < end; nl = text.indexOf('\n', at)) {
    out += ' '.repeat(nl - at) + '\n';
    at = nl + 1;
  }
  return out + ' '.repeat(end - at);
}

/** Every place mention of the document (the `places` layer of `--format doc`). */
export function allPlaces(doc: WorkingDoc): PlaceMention[] {
  if (doc.discarded || !doc.sentences.length || !LOCATIVE_CANDIDATE.test(doc.input.text)) return doc.places;
  return findPlaces(doc.input.text, doc.sentences, false, namedCountries(doc));
}

/** The countries the document's actors belong to ("Israeli troops", "Palestinians", "the Kenyan police"): ISR, PSE, KEN. */
function namedCountries(doc: WorkingDoc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      for (const c of m.codes) {
        const key = c.slice(0, 3);
        if (/^[A-Z]{3}$/.test(key) && !out.has(key) && countryByCode(key)) out.add(key);
      }
    }
  }
  return out;
}

export const placeStage: Stage = {
  name: 'places',
  run(doc) {
    if (doc.discarded || !doc.events.length) return;
    const wanted = new Set<SentenceWork>();
    const tested = new Set<SentenceWork>(); // a sentence carries several events: test it once
    let anaphorAt = -1; // the last sentence with "the town", "the crossing": the sentences before it may name the place
    for (const rec of doc.events) {
      for (const o of doc.origins.get(rec) ?? []) {
        if (tested.has(o.sentence)) continue;
        tested.add(o.sentence);
        if (LOCATIVE_CANDIDATE.test(o.sentence.text)) wanted.add(o.sentence);
        if (hasPlaceAnaphor(o.sentence.text)) anaphorAt = Math.max(anaphorAt, o.sentence.index);
      }
    }
    for (const s of doc.sentences) if (s.index < anaphorAt && PLACE_NAME_BEFORE.test(s.text)) wanted.add(s);
    if (wanted.size) {
      const text = doc.input.text;
      let masked = '';
      let at = 0;
      // findPlaces looks sentences up by binary search: they go to it in text order, not in the events' order
      const spans: { index: number; start: number; end: number }[] = [];
      for (const s of doc.sentences) {
        if (!wanted.has(s)) continue;
        masked += blank(text, at, s.start) + s.text;
        at = s.end;
        spans.push({ index: s.index, start: s.start, end: s.end });
      }
      masked += blank(text, at, text.length);
      doc.places = findPlaces(masked, spans, true, namedCountries(doc));
    }
    const loaded = wanted.size > 0;
    // a sentence's own places are the same for each of its events: filter the document's places once per sentence
    const ownOf = new Map<SentenceWork, PlaceMention[]>();
    for (const rec of doc.events) {
      const o = doc.origins.get(rec)?.[0];
      if (!o) continue;
      let own = ownOf.get(o.sentence);
      if (!own) {
        own = loaded ? doc.places.filter((p) => p.sentence === o.sentence.index && !actorCountry(p, o.sentence) && !actorName(p, o.sentence)) : [];
        ownOf.set(o.sentence, own);
      }
      const p = (own.length ? eventPlace(own, o.sentence.index, { start: o.start, end: o.end }) : null)
        ?? (anaphorAt >= o.sentence.index ? placeAnaphor(doc.input.text, doc.places, { start: o.start, end: o.end }, WINDOW) : null);
      rec.location = p
        ? { name: recordName(p), country: p.place.country, lat: p.place.lat, lon: p.place.lon }
        : stateLocation(o);
    }
  },
};

/**
 * Event places: the document's place mentions are found once (`document/places.ts`; the gazetteer is loaded only
 * when some sentence has a capitalised word after a locative preposition), and each record takes the place
 * attached to its evidence (`eventPlace`: never a dateline, never where a statement was made). When no named place
 * is attached, a state named after "in"/"at" in the event's clause — by name or by coreference ("suspended
 * training operations in the country") — is the location.
 */
import { eventPlace } from '../document/places.js';
import { findPlaces } from '../document/places.js';
import { loadGazetteer } from '../document/gazetteer.js';
import type { ActorMention, Location } from '../types.js';
import type { EventOrigin, Stage } from './stage.js';

/** A capitalised word after a locative preposition: without one, no sentence can name an event's place. */
const LOCATIVE_CANDIDATE = /\b(?:in|at|near|outside|inside|into|across|around|from|toward|towards|off|over)\s+(?:the\s+)?\p{Lu}/u;
const LOCATIVE_PREPS = new Set(['IN', 'AT', 'INSIDE', 'ACROSS', 'NEAR']);
/** How far past the evidence span a locative state may lie (characters). */
const WINDOW = 40;

const isState = (m: ActorMention): boolean => {
  const c = m.codes[0];
  return m.codes.length === 1 && !!c && c.length === 3 && !c.startsWith('---') && !/^(?:IGO|NGO|IMG|MNC)/.test(c);
};

function stateLocation(o: EventOrigin, gazetteerLoaded: boolean): Location | null {
  const s = o.sentence;
  for (const m of s.mentions) {
    if (m.start < o.start || m.start > o.end + WINDOW || !isState(m)) continue;
    if (!LOCATIVE_PREPS.has(s.tokens[m.first - 1]?.norm ?? '')) continue;
    const code = m.codes[0] as string;
    const name = m.kind === 'coref' || m.kind === 'pronoun' ? (m.name ?? m.text) : m.text;
    const place = gazetteerLoaded ? loadGazetteer().lookup(name).find((p) => p.kind === 'country' && p.country === code) : undefined;
    return { name: place?.name ?? name, country: code, lat: place?.lat ?? null, lon: place?.lon ?? null };
  }
  return null;
}

export const placeStage: Stage = {
  name: 'places',
  run(doc) {
    if (doc.discarded || !doc.sentences.length) return;
    const loaded = LOCATIVE_CANDIDATE.test(doc.input.text);
    if (loaded) doc.places = findPlaces(doc.input.text, doc.sentences);
    for (const rec of doc.events) {
      const o = doc.origins.get(rec)?.[0];
      if (!o) continue;
      const p = doc.places.length ? eventPlace(doc.places, o.sentence.index, { start: o.start, end: o.end }) : null;
      rec.location = p
        ? { name: p.place.name, country: p.place.country, lat: p.place.lat, lon: p.place.lon }
        : stateLocation(o, loaded);
    }
  },
};

/**
 * Repairs of the tags wink-nlp gets wrong in news text, as a table of named rules (tokenize stage). The tokenizer
 * applies them in order to each word tagged ADJ, ADV, AUX, NOUN or VERB, with the sentence's tokens so far before it
 * and wink's words and tags after it: a rule whose `from` holds the word's current tag and whose test passes gives the
 * word its `to` tag, and the next rules see that tag. So of the rules that make a verb of an adjective or noun the
 * first that fits wins; a verb (wink's or repaired) may then be made a noun or adjective again by a later rule, and
 * `hyphen-participle` and the rules after it come last, over every verb.
 */
import type { Pos, Token } from '../types.js';
import { CLAUSE_TAKERS, PSYCH_ADJECTIVES, PSYCH_PARTICIPLES, PSYCH_PREPS, VERB_FIRST_WEAPONS, VERB_MODALS } from '../coding/word-classes.js';
import { CAPACITY_ADJECTIVES, GERUND_HAPPENED, OWNER_PRONOUNS, PARTICIPLE_PREPS, SAME_FORM_PASTS, disavowedIntent } from '../coding/clause-words.js';

/** Participles of suspicion that qualify a noun after them ("suspected rebels", "alleged spies"). */
const HEDGE_PARTICIPLES: ReadonlySet<string> = new Set(['SUSPECTED', 'ALLEGED', 'PRESUMED', 'PURPORTED']);

/** Maps an upper-case verb form to its base in the verb lexicon ("SHOT" → "SHOOT"), undefined for no verb. */
export type VerbBase = (upper: string) => string | undefined;

/** A word being tagged and what lies around it. */
export interface TagSite {
  /** The word as written, and upper case. */
  text: string;
  upper: string;
  /** Its start in the document. */
  start: number;
  /** The sentence's tokens before it (final tags), the last one and the one before that. */
  tokens: readonly Token[];
  prev: Token | undefined;
  before: Token | undefined;
  /** wink's words and tags: this word is number `k`, the sentence's are `from` to `to` (exclusive). */
  values: readonly string[];
  tags: readonly string[];
  k: number;
  from: number;
  to: number;
  /** The next word, upper case, and its tag ('' when the word ends the sentence). */
  next: string;
  nextTag: string;
  verbBase: VerbBase;
}

/** A test of a word alone: its text as written, upper case, and the verb lexicon. */
export type WordTest = (text: string, upper: string, verbBase: VerbBase) => boolean;

export interface TagRepair {
  id: string;
  /** What it repairs, with an example. */
  description: string;
  /** The tags it applies to, and the tag it gives. */
  from: readonly Pos[];
  to: Pos;
  /**
   * What the word itself must be, whatever stands around it (none: any word). A test of the word alone, so the
   * tokenizer works it out once per distinct word (`repairsOf`), not at each occurrence.
   */
  word: WordTest | null;
  /** What must stand around it (and what else the word must be, tested with its neighbours). */
  test(w: TagSite): boolean;
}

/** Does `text` end in `suffix` (two or three upper-case ASCII letters), in any case? Same as /SUFFIX$/i. */
export function endsWithCI(text: string, suffix: string): boolean {
  const n = text.length;
  const m = suffix.length;
  if (n < m) return false;
  for (let k = 0; k < m; k++) if ((text.charCodeAt(n - m + k) & ~32) !== suffix.charCodeAt(k)) return false;
  return true;
}

/**
 * A plural common noun, by its -s ending and its lemma; or a sentence's capitalised first word that wink tagged as
 * a name ("Protesters clash with").
 */
function pluralNoun(t: Token): boolean {
  if (t.norm.length <= 3 || !t.norm.endsWith('S') || t.norm.endsWith('SS')) return false;
  return t.pos === 'NOUN' ? t.lemmaNorm !== t.norm : t.pos === 'PROPN' && t.i === 0;
}

/** The tokens so far end in "the" and a run of names: "the Rafah", "the Kerem Shalom". */
function afterTheName(tokens: readonly Token[]): boolean {
  let j = tokens.length - 1;
  while (j >= 0 && tokens[j]?.pos === 'PROPN') j--;
  return j < tokens.length - 1 && tokens[j]?.norm === 'THE';
}

/** An inflected form of a lexicon verb that is neither its base, nor an -s or -ing form ("shot", "struck", "sent"). */
function irregularPast(upper: string, verbBase: VerbBase): boolean {
  const base = verbBase(upper);
  return !!base && base !== upper && !upper.endsWith('S') && !upper.endsWith('ING');
}

/** Word tests (`TagRepair.word`): a form of a lexicon verb; its base form ("clash", "bomb"); its -ed and -ing forms. */
const lexiconVerb: WordTest = (_, upper, verbBase) => !!verbBase(upper);
const baseForm: WordTest = (_, upper, verbBase) => verbBase(upper) === upper;
const edVerb: WordTest = (text, upper, verbBase) => endsWithCI(text, 'ED') && !!verbBase(upper);
const ingVerb: WordTest = (text, upper, verbBase) => endsWithCI(text, 'ING') && !!verbBase(upper);
const sVerb: WordTest = (text, upper, verbBase) => endsWithCI(text, 'S') && !endsWithCI(text, 'SS') && !!verbBase(upper) && verbBase(upper) !== upper;

/** Subordinators of condition and time that open a clause whose subject may be a bare name: "if Azerbaijan attacks". */
const CONDITION_OPENERS = new Set(['IF', 'UNLESS', 'ONCE', 'WHEN']);
/** Tags after such a clause's -s verb: the clause ends, or the verb has an object or a phrase. */
const S_VERB_NEXT = new Set(['PUNCT', 'DET', 'PROPN', 'ADP']);
/** The word before the run of names that the tokens so far end in ('' when there is none). */
function nameRunOpener(tokens: readonly Token[]): string {
  let j = tokens.length - 1;
  while (j >= 0 && tokens[j]?.pos === 'PROPN') j--;
  return tokens[j]?.norm ?? '';
}

/** Tags after which a word wink called a noun may be a verb: "shot down", "shot a", "shot 12", "shot Kestrian". */
const IRREGULAR_NEXT = new Set(['ADP', 'PART', 'DET', 'NUM', 'PROPN']);
/** Tags after an irregular past form that follows a plural noun and make it a verb with an object. */
const OBJECT_NEXT = new Set(['DET', 'NUM', 'PROPN']);
/** Collective nouns that take a plural verb with no plural ending: "police shot", "people fled". */
const COLLECTIVE_NOUNS = new Set(['POLICE', 'PEOPLE', 'PERSONNEL', 'MILITIA', 'GENDARMERIE']);
/** Words after an irregular past form that make it a verb whatever came before: "shot dead", "shot down". */
const PAST_PARTICLES = new Set(['DEAD', 'DOWN']);
/** Prepositions after which a plural noun's next word, when a verb's base form, is the verb ("forces clash with"). */
const PRESENT_NEXT = new Set(['WITH', 'ON', 'AGAINST']);
/** Tags that open a headline verb's object ("bomb militant hideouts", "seize the town") and that precede its plural
 * subject ("Pakistani jets", "the rebels"); a name opens one too ("strike Kurdish militants"). */
const HEADLINE_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const SUBJECT_WORDS = new Set(['PROPN', 'ADJ', 'DET', 'NUM']);
/** Conjunctions of time that open a finite clause, tagged as prepositions: "after protesters stormed parliament". */
const TIME_CLAUSE_OPENERS = new Set(['AFTER', 'BEFORE', 'SINCE', 'UNTIL', 'WHEN', 'AS', 'WHILE']);
/** Tags that open a verb's object: "arresting political opponents", "wounding 20", "detaining the mayor". */
const OBJECT_START = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** Words that open an object unmistakably (not an adjective or noun, which may continue a list of noun phrases). */
const PARTICIPLE_OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);
/** Words of amount that open an object as a determiner does: ", offering further support", ", pledging more aid". */
const AMOUNT_WORDS = new Set(['FURTHER', 'MORE', 'ADDITIONAL', 'EXTRA']);
const ARTICLES = new Set(['A', 'AN', 'THE']);
/** Adverb particles of phrasal verbs that take an object after them: "rounded up", "locked up", "shut down". */
const PHRASAL_PARTICLES = new Set(['UP', 'DOWN', 'OFF', 'OUT', 'BACK', 'AWAY']);
/** Prepositions of concession and circumstance that take a noun phrase or a gerund, never a finite clause. */
const DESPITE_PREPS = new Set(['DESPITE', 'AMID', 'AMIDST']);
/** Nouns of a round number of people or things: "dozens of activists", "hundreds of migrants". */
const ROUND_NUMBERS = new Set(['DOZENS', 'HUNDREDS', 'THOUSANDS', 'SCORES', 'TENS', 'MILLIONS']);
/** Words of approximation before a number: "nearly 40", "some 300", "up to 50" ("up" before "to"). */
const APPROXIMATORS = new Set(['NEARLY', 'ALMOST', 'ABOUT', 'AROUND', 'APPROXIMATELY', 'ROUGHLY', 'SOME', 'OVER', 'UNDER']);
/**
 * The words after the word being tagged open a phrase of quantity: a round number ("dozens of"), "at least"/"at most",
 * "more"/"fewer"/"less than", or a word of approximation before a number ("nearly 40", "up to 50").
 */
function quantityNext(w: TagSite): boolean {
  // (the batch holds other sentences' words after this one's: none of theirs counts)
  if (w.k + 2 >= w.to) return false;
  const second = (w.values[w.k + 2] ?? '').toUpperCase();
  if (ROUND_NUMBERS.has(w.next)) return second === 'OF';
  if (w.next === 'AT') return second === 'LEAST' || second === 'MOST';
  if (w.next === 'FEWER' || w.next === 'LESS') return second === 'THAN';
  if (w.next === 'UP') return second === 'TO' && w.k + 3 < w.to && w.tags[w.k + 3] === 'NUM';
  return APPROXIMATORS.has(w.next) && w.tags[w.k + 2] === 'NUM';
}
/** A word written in capitals (two letters or more), and one with a lower-case letter. */
const ALL_CAPS = /^[A-Z]{2,}$/;
/** A word with a capital and then a small letter ("Cross"), and one starting with a small letter. */
const CAPITALISED = /^[A-Z][a-z]/;
const LOWER_FIRST = /^[a-z]/;
const HAS_LOWER = /[a-z]/;
/** Tags of the words a name's capitalised acronym follows: "the New START", "the AUKUS". */
const NAME_PART = new Set<Pos>(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Adjectives that are also adverbs, which wink tags ADV before another adjective ('a new ballistic missile'). */
const ADVERB_READ_ADJECTIVES = new Set(['NEW', 'HIGH', 'LOW', 'LATE', 'EARLY', 'LONG', 'CLOSE', 'FAST', 'HARD', 'DIRECT', 'FRESH']);
/** Verbs that link a subject to an adjective ("were busy", "remained calm"). */
const LINKING_VERBS = new Set(['be', 'become', 'remain', 'seem', 'appear', 'stay', 'get', 'look', 'feel', 'keep', 'grow']);
/** First words of the two-word weapons wink may tag as verbs (word classes' `verb-first` column): "tear", "water". */
const WEAPON_FIRST = new Set([...VERB_FIRST_WEAPONS].map((w) => w.split(' ')[0] ?? ''));

const NOMINAL: readonly Pos[] = ['ADJ', 'NOUN'];
/** Endings of inflected verb forms: -ed, -ing, -s; and of participles, -ed and -ing. */
const INFLECTED = /(?:ED|ING|S)$/i;
const PARTICIPLE = /(?:ED|ING)$/i;

/** Tags after which the head of a named noun phrase ends it: a verb, a preposition, punctuation. */
const NAMED_HEAD_NEXT = new Set(['VERB', 'AUX', 'ADP', 'PUNCT']);

/**
 * The tokens so far end in a determiner, a capitalised word (a name or a nationality) and at most two more nouns,
 * names or adjectives: "the Freedom Shield", "the Chinese missile", "the South Korean military".
 */
function afterDeterminerName(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  for (let j = n - 1; j >= 0 && j >= n - 3; j--) {
    const t = tokens[j] as Token;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return false;
    if (tokens[j - 1]?.pos === 'DET' && /^[A-Z]/.test(t.text)) return true;
  }
  return false;
}

/** Verbs of demand whose "that" clause states what must be done, with its verb in the base form ("demanded that X free"). */
const MANDATIVE_VERBS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'require', 'order', 'recommend', 'propose']);

/**
 * The tokens so far end in a noun phrase (a name, or a determiner, adjectives and nouns: "Uganda", "the Ugandan
 * authorities") right after "that", and a verb of demand stands right before "that": "demanded that Uganda".
 */
function mandativeSubject(tokens: readonly Token[]): boolean {
  // ("demanded that Uganda not release them": a "not" before the verb)
  const n = tokens[tokens.length - 1]?.norm === 'NOT' ? tokens.length - 1 : tokens.length;
  let j = n - 1;
  while (j >= 0 && j >= n - 5 && NAME_PART.has(tokens[j]?.pos as Pos)) j--;
  if (j === n - 1 || tokens[j]?.norm !== 'THAT') return false;
  const verb = tokens[j - 1];
  return verb?.pos === 'VERB' && MANDATIVE_VERBS.has(verb.lemma);
}

/** Object pronouns a helping verb takes before the act it helps: "helped them rebuild". */
const HELPED_PRONOUNS = new Set(['THEM', 'HIM', 'HER', 'US', 'IT', 'ME']);

/**
 * The tokens so far end in a form of "help" and the name (up to five words) or object pronoun it helps: "to help
 * Niger", "helped the Sahel states" is not (a noun phrase may run on: "help the army fight" is left to wink).
 */
function helpedName(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  let j = n - 1;
  if (HELPED_PRONOUNS.has(tokens[j]?.norm ?? '')) j--;
  else while (j >= 0 && j >= n - 5 && tokens[j]?.pos === 'PROPN') j--;
  return j < n - 1 && tokens[j]?.pos === 'VERB' && tokens[j]?.lemma === 'help';
}

/** Words that, after a subject, spread its verb over each of its members: "Kenya and Uganda both condemned". */
const DISTRIBUTIVES = new Set(['BOTH', 'ALL', 'EACH']);
/** Tags of the words of a subject noun phrase ("Kenya and Uganda", "the two rival governments", "Israel's allies"). */
const SUBJECT_PHRASE = new Set<Pos>(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);
/**
 * The tokens up to `end` (inclusive) are a subject that opens the sentence or follows a comma, ending in a name or a
 * noun, and either joins two members by "and" or is a plural noun: "Kenya and Uganda", "On Monday, the two rivals".
 */
function membersSubject(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end];
  if (!last || (last.pos !== 'PROPN' && last.pos !== 'NOUN')) return false;
  let j = end;
  let and = false;
  while (j >= 0 && SUBJECT_PHRASE.has(tokens[j]?.pos as Pos)) {
    if (tokens[j]?.norm === 'AND') and = true;
    j--;
  }
  return (j < 0 || tokens[j]?.norm === ',') && (and || pluralNoun(last));
}
/** The forms of "have" that wink tags as an auxiliary even when they are the main verb. */
const HAVE_FORMS = new Set(['HAS', 'HAVE', 'HAD']);
/** Tags of the last word of a subject before its verb. */
const SUBJECT_ENDS = new Set<Pos>(['PROPN', 'NOUN', 'PRON']);
/** Tags of the words between a determiner and the noun it opens: "the latest Chinese rocket". */
const HEAD_MODIFIERS = new Set<Pos>(['ADJ', 'NOUN', 'PROPN']);
/**
 * The tokens so far end in a determiner or a possessive ("'s", "its"), then adjectives, nouns and names, the last a
 * singular common noun: "the satellite", "Pyongyang's latest missile", "the latest Chinese rocket", "its new rocket".
 */
function afterDeterminedNoun(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const last = tokens[n - 1];
  if (!last || last.pos !== 'NOUN' || last.lemmaNorm !== last.norm || pluralNoun(last)) return false;
  let j = n - 2;
  while (j >= 0 && HEAD_MODIFIERS.has(tokens[j]?.pos as Pos)) j--;
  const opener = tokens[j];
  return !!opener && (opener.pos === 'DET' || opener.norm === "'S" || OWNER_PRONOUNS.has(opener.norm));
}

/** -ed forms that before a plural noun are mostly adjectives: "armed gangs", "allied forces", "guided missiles". */
const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set(['ARMED', 'ALLIED', 'UNITED', 'GUIDED', 'ORGANIZED', 'ORGANISED', 'RELATED', 'ARMOURED', 'ARMORED', 'SKILLED', 'ELECTED', 'DISPLACED', 'WOUNDED']);

/** The repairs, in the order they are tried. */
export const TAG_REPAIRS: readonly TagRepair[] = [
  {
    id: 'ed-after-name',
    description: 'an -ed form of a lexicon verb right after a name is the verb: "Qatar mediated talks"',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && w.prev.pos === 'PROPN',
  },
  {
    id: 'verb-after-name-verb',
    description: 'a past or -s form of a lexicon verb right after a name\'s last word that wink read as a verb ("Cross", "Watch") is the verb, wink having read it as an adjective or noun: "the Red Cross sent aid", "Human Rights Watch says"',
    from: NOMINAL,
    to: 'VERB',
    word: (text, upper, verbBase) => irregularPast(upper, verbBase) || edVerb(text, upper, verbBase) || sVerb(text, upper, verbBase),
    // (the name's last word is a name now, by `verb-in-name`, but wink's tag for it was a verb)
    test: (w) => w.prev?.pos === 'PROPN' && w.k > w.from && w.tags[w.k - 1] === 'VERB' && w.values[w.k - 1] === w.prev.text && CAPITALISED.test(w.prev.text),
  },
  {
    id: 'ed-after-military',
    description: 'an -ed form of a lexicon verb right after "military" tagged as an adjective, before an article, a number or a name, is the verb and "military" its subject: "China\'s military encircled Taiwan"',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && w.prev.norm === 'MILITARY' && w.prev.pos === 'ADJ' && w.k + 1 < w.to && OBJECT_NEXT.has(w.nextTag),
  },
  {
    id: 'irregular-past-after-noun',
    description: 'an irregular past form of a lexicon verb after a name or plural noun, before its object, or before "dead"/"down" after any word, is the verb: "Poland shot down drones", "the rebels overthrew the president", "had shot down"',
    from: NOMINAL,
    to: 'VERB',
    // after a name: before a particle, an article, a number or a name (a plural noun, "Russian strikes on", is not);
    // after a plural noun: before an article, a number or a name; after any noun when "dead"/"down" follows
    word: (_, upper, verbBase) => irregularPast(upper, verbBase),
    test: (w) => {
      // ("its air defences had shot down 41 drones": before "dead"/"down", after any word)
      if (w.prev && w.k + 1 < w.to && PAST_PARTICLES.has(w.next)) return true;
      if (!w.prev || w.k + 1 >= w.to || (w.prev.pos !== 'PROPN' && w.prev.pos !== 'NOUN')) return false;
      const afterName = w.prev.pos === 'PROPN' ? IRREGULAR_NEXT.has(w.nextTag) : pluralNoun(w.prev) && OBJECT_NEXT.has(w.nextTag);
      return afterName || PAST_PARTICLES.has(w.next);
    },
  },
  {
    id: 'irregular-past-after-collective',
    description: 'an irregular past form of a lexicon verb after a collective noun with no plural ending ("police", "people", "personnel"), before its object (a weapon too), or before "and" and another verb, is the verb: "Kenyan police shot two protesters", "police shot tear gas", "police shot and killed a man"',
    from: NOMINAL,
    to: 'VERB',
    word: (_, upper, verbBase) => irregularPast(upper, verbBase),
    test: (w) => !!w.prev && COLLECTIVE_NOUNS.has(w.prev.norm) && w.k + 1 < w.to && (OBJECT_NEXT.has(w.nextTag) || WEAPON_FIRST.has(w.next) || (w.next === 'AND' && w.tags[w.k + 2] === 'VERB')),
  },
  {
    id: 'ed-after-collective',
    description: 'an -ed form of a lexicon verb right after a collective noun with no plural ending ("police", "people", "personnel"), before its object (an article, a number, a name or a plural noun), is the verb: "Egyptian police tortured detainees", "police detained 40 students"',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && COLLECTIVE_NOUNS.has(w.prev.norm) && w.k + 1 < w.to && (OBJECT_NEXT.has(w.nextTag) || (w.nextTag === 'NOUN' && endsWithCI(w.values[w.k + 1] ?? '', 'S') && !endsWithCI(w.values[w.k + 1] ?? '', 'SS'))),
  },
  {
    id: 'ed-after-determined-noun',
    description: 'an -ed form of a lexicon verb right after a singular noun that a determiner or a possessive opens, before its object (an article, a number, a name or a plural noun), is the verb: "Malaysia\'s prime minister mediated talks", "the ministry summoned the ambassador" (not "the mediated talks")',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    // (before "that", `ed-before-that`'s; and not a participle that is mostly an adjective before a plural: "to help
    // the mission fight armed gangs")
    test: (w) => w.prev?.pos === 'NOUN' && afterDeterminedNoun(w.tokens) && w.k + 1 < w.to && w.next !== 'THAT'
      && (OBJECT_NEXT.has(w.nextTag) || (w.nextTag === 'NOUN' && !ADJECTIVAL_PARTICIPLES.has(w.upper) && endsWithCI(w.values[w.k + 1] ?? '', 'S') && !endsWithCI(w.values[w.k + 1] ?? '', 'SS'))),
  },
  {
    id: 'ed-particle-after-subject',
    description: 'an -ed form of a lexicon verb after a name or a plural noun, before an adverb particle and the start of an object, is a phrasal verb: "Turkish authorities rounded up more than 40 officials", "authorities rounded up dozens of activists" (not "the streets cordoned off by police")',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && (w.prev.pos === 'PROPN' || (w.prev.pos === 'NOUN' && pluralNoun(w.prev))) && w.k + 2 < w.to && PHRASAL_PARTICLES.has(w.next)
      && (PARTICIPLE_OBJECT_START.has(w.tags[w.k + 2] ?? '') || w.tags[w.k + 2] === 'NOUN' || AMOUNT_WORDS.has((w.values[w.k + 2] ?? '').toUpperCase())),
  },
  {
    id: 'ed-after-distributive',
    description: 'an -ed form of a lexicon verb right after "both"/"all"/"each" that follows a subject of two members or a plural noun, before its object, is the verb: "France and Germany both accused Russia of sabotage", "Kenya and Uganda all condemned the raid" (not "freed both detained men")',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && DISTRIBUTIVES.has(w.prev.norm) && w.k + 1 < w.to && (PARTICIPLE_OBJECT_START.has(w.nextTag) || w.next === 'THAT')
      && membersSubject(w.tokens, w.tokens.length - 2),
  },
  {
    id: 'same-form-past-after-subject',
    description: 'a verb whose past is its base form ("cast", "hit", "set"), right after a name or a plural noun and before an article, a determiner or a possessive, is the verb: "Washington cast the lone veto", "China cast its veto"',
    from: NOMINAL,
    to: 'VERB',
    word: (_, upper, verbBase) => SAME_FORM_PASTS.has(upper) && verbBase(upper) === upper,
    test: (w) => !!w.prev && (w.prev.pos === 'PROPN' || pluralNoun(w.prev)) && w.k + 1 < w.to && (w.nextTag === 'DET' || OWNER_PRONOUNS.has(w.next)),
  },
  {
    id: 'past-after-reduced-participle',
    description: 'a past form of a lexicon verb ("hit", "struck", "targeted") after a noun, a participle describing it and an adverb or adjective, before its object, is the verb: "A drone launched overnight hit Kyiv" (not "reported an overnight hit on the grid")',
    from: NOMINAL,
    to: 'VERB',
    word: (text, upper, verbBase) => irregularPast(upper, verbBase) || edVerb(text, upper, verbBase) || (SAME_FORM_PASTS.has(upper) && verbBase(upper) === upper),
    test: (w) => (w.prev?.pos === 'ADV' || w.prev?.pos === 'ADJ') && w.before?.pos === 'VERB' && w.before.norm !== w.before.lemmaNorm && !endsWithCI(w.before.text, 'ING')
      && !!w.tokens[w.tokens.length - 3] && (w.tokens[w.tokens.length - 3]?.pos === 'NOUN' || pluralNoun(w.tokens[w.tokens.length - 3] as Token)) && w.k + 1 < w.to && OBJECT_NEXT.has(w.nextTag),
  },
  {
    id: 'ed-before-that',
    description: 'an -ed form of a lexicon verb after a noun or name, opening a "that" clause, is the verb: "the ministry claimed that"',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && (w.prev.pos === 'NOUN' || w.prev.pos === 'PROPN') && w.next === 'THAT' && w.k + 1 < w.to,
  },
  {
    id: 'present-before-prep',
    description: 'the base form of a lexicon verb after a plural noun, before "with"/"on"/"against", is a present-tense verb: "troops fire on protesters"',
    from: ['NOUN'],
    to: 'VERB',
    // ("the rebels' attack on" has its apostrophe between; "rebel attacks on" is no base form)
    word: baseForm,
    test: (w) => !!w.prev && w.k + 1 < w.to && pluralNoun(w.prev) && PRESENT_NEXT.has(w.next),
  },
  {
    id: 'headline-present',
    description: 'in a headline with no other finite verb, the base form of a lexicon verb after the plural noun that opens it, before an object, is the verb: "Pakistani jets bomb militant hideouts"',
    from: ['NOUN'],
    to: 'VERB',
    // (only names, adjectives, articles or numbers before the plural noun)
    word: baseForm,
    test: (w) => !!w.prev && w.k + 1 < w.to && pluralNoun(w.prev) && HEADLINE_OBJECT.has(w.nextTag)
      && w.tokens.slice(0, -1).every((t) => SUBJECT_WORDS.has(t.pos)) && !w.tags.slice(w.from, w.to).some((tag, j) => w.from + j !== w.k && (tag === 'VERB' || tag === 'AUX')),
  },
  {
    id: 'fronted-participle',
    description: 'an -ing form of a lexicon verb right after "after"/"before"/"since"/"while"/"upon"/"when"/"without", before a name or an article, is a participle with its object: "After meeting Xi Jinping, X said", "without consulting the EU"',
    from: ['NOUN'],
    to: 'VERB',
    // ("after the meeting" has the article first)
    word: ingVerb,
    test: (w) => !!w.prev && w.prev.pos === 'ADP' && PARTICIPLE_PREPS.has(w.prev.norm) && w.k + 1 < w.to && (w.nextTag === 'PROPN' || w.nextTag === 'DET'),
  },
  {
    id: 'means-gerund',
    description: 'an -ing form of a lexicon verb after "by" right after an active verb, before an article, a number, a name or a pronoun, is a gerund of means with its object: "Kenya retaliated by expelling two diplomats", "responded by closing its border"',
    from: ['NOUN'],
    to: 'VERB',
    // ("was hit by shelling the next day": after a passive participle "by" names the doer, a noun)
    word: ingVerb,
    test: (w) => w.prev?.norm === 'BY' && w.before?.pos === 'VERB' && w.tokens[w.tokens.length - 3]?.lemma !== 'be' && w.k + 1 < w.to && PARTICIPLE_OBJECT_START.has(w.nextTag),
  },
  {
    id: 's-verb-after-conditional-name',
    description: 'the -s form of a lexicon verb right after a name that "if"/"unless"/"once"/"when" opens, before a comma, an article, a name or a preposition, is that clause\'s verb: "If Azerbaijan attacks, Armenia will defend itself"',
    from: ['NOUN'],
    to: 'VERB',
    // ("if Azerbaijan's attacks continue" has the possessive between)
    word: sVerb,
    test: (w) => w.prev?.pos === 'PROPN' && CONDITION_OPENERS.has(nameRunOpener(w.tokens)) && (w.k + 1 >= w.to || S_VERB_NEXT.has(w.nextTag)),
  },
  {
    id: 's-verb-after-opening-name',
    description: 'the -s form of a lexicon verb, written in lower case, right after the name that opens the sentence, before an article, a name or a possessive pronoun, is the verb: "Beijing regards the island as its territory", "the Kremlin regards Kyiv\'s government as illegitimate"',
    from: ['NOUN'],
    to: 'VERB',
    // (a name opening a headline, "Israel Strikes Gaza", is capitalised; "China\'s regards" has the possessive between)
    word: (text, upper, verbBase) => LOWER_FIRST.test(text) && sVerb(text, upper, verbBase),
    test: (w) => w.prev?.pos === 'PROPN' && w.k + 1 < w.to && (w.nextTag === 'DET' || w.nextTag === 'PROPN' || OWNER_PRONOUNS.has(w.next))
      && w.tokens.every((t) => t.pos === 'PROPN' || (t.pos === 'DET' && t === w.tokens[0])),
  },
  {
    id: 's-verb-after-relative',
    description: 'the -s form of a lexicon verb right after "which" or "who" that follows a comma, before a name, an article or a number, is the verb of the relative clause: "The Alliance of Sahel States, which groups Burkina Faso, Mali and Niger, said …", "Kenya, which borders Somalia, …"',
    from: ['NOUN'],
    to: 'VERB',
    // (any -s form: a verb the lexicon does not hold, "groups", "borders", is still the clause's verb there)
    word: (text) => endsWithCI(text, 'S') && !endsWithCI(text, 'SS'),
    test: (w) => (w.prev?.norm === 'WHICH' || w.prev?.norm === 'WHO') && w.before?.text === ',' && w.k + 1 < w.to && OBJECT_NEXT.has(w.nextTag),
  },
  {
    id: 'mandative-base',
    description: 'the base form of a lexicon verb after the subject of a "that" clause that a verb of demand opens, before its object, is that clause\'s verb (the mandative subjunctive): "demanded that Uganda release the activists", "insisted that the junta free them", "asked that Kenya not extradite him"',
    from: NOMINAL,
    to: 'VERB',
    word: baseForm,
    test: (w) => w.k + 1 < w.to && OBJECT_START.has(w.nextTag) && mandativeSubject(w.tokens),
  },
  {
    id: 'base-after-helped-name',
    description: 'the base form of a lexicon verb after a form of "help" and the name or object pronoun it helps, before an object, is the act helped: "sent soldiers to help Niger fight jihadists", "helped them rebuild the bridge"',
    from: NOMINAL,
    to: 'VERB',
    word: baseForm,
    test: (w) => w.k + 1 < w.to && OBJECT_START.has(w.nextTag) && helpedName(w.tokens),
  },
  {
    id: 'gerund-after-taker',
    description: 'an -ing form of a lexicon verb right after a verb whose gerund happened or goes on ("resume", "continue", "admit"), before an object, is that gerund: "resumed sharing intelligence with Kyiv" (after "deny", "stop" or "consider" it is no asserted act either way)',
    from: ['ADJ', 'NOUN'],
    to: 'VERB',
    word: ingVerb,
    test: (w) => w.prev?.pos === 'VERB' && GERUND_HAPPENED.has(w.prev.lemma) && w.k + 1 < w.to && OBJECT_START.has(w.nextTag),
  },
  {
    id: 'gerund-after-disavowed-intent',
    description: 'an -ing form of a lexicon verb after "of" that follows "no intention", "no question" or "no plans" (an adjective or "whatsoever" between), before an object, is the disavowed act: "had no intention of meeting the envoy", "there is no question of lifting sanctions"',
    from: ['ADJ', 'NOUN'],
    to: 'VERB',
    word: ingVerb,
    test: (w) => w.prev?.norm === 'OF' && w.k + 1 < w.to && OBJECT_START.has(w.nextTag) && disavowedIntent(w.tokens, w.tokens.length - 1),
  },
  {
    id: 'gerund-after-capable',
    description: 'an -ing form of a lexicon verb right after "capable of", before an object, is the verb of that capacity (a capacity, not a deed: the clauses stage does not assert it): "missiles capable of striking targets in China"',
    from: ['ADJ', 'NOUN'],
    to: 'VERB',
    word: ingVerb,
    test: (w) => w.prev?.norm === 'OF' && CAPACITY_ADJECTIVES.has(w.before?.norm ?? '') && w.k + 1 < w.to && OBJECT_START.has(w.nextTag),
  },
  {
    id: 'coordinated-ing',
    description: 'an -ing form of a lexicon verb after "and"/"or", before an object, coordinated with an -ing verb opened by a comma, is the verb: ", suspending the constitution and arresting political opponents"',
    from: NOMINAL,
    to: 'VERB',
    word: ingVerb,
    test: (w) => !!w.prev && (w.prev.norm === 'AND' || w.prev.norm === 'OR') && w.k + 1 < w.to && OBJECT_START.has(w.nextTag)
      && w.tokens.some((t, j) => t.norm.endsWith('ING') && w.tokens[j - 1]?.norm === ',' && !!w.verbBase(t.norm)),
  },
  {
    id: 'ing-after-clause-comma',
    description: 'an -ing form of a lexicon verb right after a comma that closes a clause with a finite verb, before a determiner, number, name, pronoun, word of amount ("further", "more"; not "that": ", warning that …" is said, not done) or phrase of quantity ("at least 20", "dozens of", "nearly 40"), is a participle with its object: "Paris retaliated on Tuesday, expelling 12 Algerian diplomats", ", offering further support", ", arresting at least 20 men"',
    from: NOMINAL,
    to: 'VERB',
    word: ingVerb,
    test: (w) => w.prev?.norm === ',' && w.k + 1 < w.to && (PARTICIPLE_OBJECT_START.has(w.nextTag) || AMOUNT_WORDS.has(w.next) || quantityNext(w)) && w.next !== 'THAT'
      && w.tokens.some((t) => t.pos === 'VERB' && !t.norm.endsWith('ING')),
  },
  {
    id: 'psych-passive',
    description: 'a participle of feeling after "be" (an adverb between), before what it is about, is the passive verb: "Germany is concerned about", "was deeply alarmed by"',
    from: ['ADJ'],
    to: 'VERB',
    // (also an adjective of feeling, "is angry with"; "concerned with" is "dealing with", no feeling)
    word: (text, upper) => (endsWithCI(text, 'ED') && PSYCH_PARTICIPLES.has(upper)) || PSYCH_ADJECTIVES.has(upper),
    test: (w) => !!w.prev && w.k + 1 < w.to && PSYCH_PREPS.has(w.next)
      && !(w.upper === 'CONCERNED' && w.next === 'WITH')
      && (w.prev.lemma === 'be' || (w.prev.pos === 'ADV' && w.tokens[w.tokens.length - 2]?.lemma === 'be')),
  },
  {
    id: 'passive-before-by',
    description: 'an -ed form of a lexicon verb after "be" (an adverb between) and before "by" is the passive verb, not an adjective: "was looted by gunmen", "were reportedly abducted by"',
    from: ['ADJ'],
    to: 'VERB',
    word: (text, upper, verbBase) => endsWithCI(text, 'ED') && !!verbBase(upper),
    test: (w) => !!w.prev && w.next === 'BY'
      && (w.prev.lemma === 'be' || (w.prev.pos === 'ADV' && w.tokens[w.tokens.length - 2]?.lemma === 'be')),
  },
  {
    id: 'after-modal',
    description: 'a lexicon verb right after a modal, or an -ed form after "being"/"been", is the verb: "would free", "being pressured"',
    from: NOMINAL,
    to: 'VERB',
    word: lexiconVerb,
    test: (w) => !!w.prev && (VERB_MODALS.has(w.prev.norm) || (endsWithCI(w.text, 'ED') && (w.prev.norm === 'BEING' || w.prev.norm === 'BEEN'))),
  },
  {
    id: 'ed-after-perfect',
    description: 'an -ed form of a lexicon verb right after the perfect\'s "had"/"has"/"have" is the verb when wink read it as a noun, or as an adjective before an article, a number or a name: "had tortured detainees", "had armed the rebels" (not "has armed forces")',
    from: NOMINAL,
    to: 'VERB',
    word: edVerb,
    test: (w) => !!w.prev && w.prev.pos === 'AUX' && w.prev.lemma === 'have' && (w.tags[w.k] === 'NOUN' || (w.k + 1 < w.to && OBJECT_NEXT.has(w.nextTag))),
  },
  {
    id: 's-compound-after-object',
    description: 'an -s form right after a verb\'s bare noun object is the plural head of a compound noun, not a second verb: "announced asset freezes"',
    from: ['VERB'],
    to: 'NOUN',
    // ("officials say water flows": after a verb of saying or thinking, the noun may be the subject of a clause)
    word: (text) => endsWithCI(text, 'S') && !endsWithCI(text, 'SS'),
    test: (w) => w.prev?.pos === 'NOUN' && w.prev.lemmaNorm === w.prev.norm && w.before?.pos === 'VERB' && !CLAUSE_TAKERS.has(w.before.lemmaNorm),
  },
  {
    id: 'ed-between-nouns',
    description: 'an -ed form between two nouns after a participle or a preposition is an adjective: "using precision guided missiles", "with laser guided bombs"',
    from: ['VERB'],
    to: 'ADJ',
    // ("said police arrested protesters" keeps its verb; so does a clause of time with a plural or collective subject:
    // "weeks after protesters stormed parliament", "since rebels captured towns", "as police arrested dozens")
    word: (text) => endsWithCI(text, 'ED'),
    test: (w) => w.prev?.pos === 'NOUN' && (w.before?.pos === 'ADP' || (w.before?.pos === 'VERB' && w.before.norm.endsWith('ING'))) && w.k + 1 < w.to && w.nextTag === 'NOUN'
      && !(TIME_CLAUSE_OPENERS.has(w.before?.norm ?? '') && (pluralNoun(w.prev) || COLLECTIVE_NOUNS.has(w.prev.norm))),
  },
  {
    id: 'base-compound-after-article',
    description: 'a verb\'s base form after "a"/"an"/"the" and a noun, before a preposition, heads a compound noun: "hit an apartment block in Dnipro"',
    from: ['VERB'],
    to: 'NOUN',
    // ("when the situation permits," keeps its verb)
    // (a past form is no base form: ", the government said on Friday")
    word: (text, upper, verbBase) => !INFLECTED.test(text) && !irregularPast(upper, verbBase),
    test: (w) => w.prev?.pos === 'NOUN' && w.prev.lemmaNorm === w.prev.norm && ARTICLES.has(w.before?.norm ?? '') && w.k + 1 < w.to && w.nextTag === 'ADP',
  },
  {
    id: 'ing-compound-after-name',
    description: 'an -ing form after "the" and a name not ending in -s, before a preposition, "to" and a non-verb, or punctuation, heads a compound noun: "the Rafah crossing to Gaza", "the Kremlin meeting"',
    from: ['VERB'],
    to: 'NOUN',
    // (the word after "to" is read from wink's words as they come, which in a batch of sentences may be the next
    // sentence's first)
    word: (text) => endsWithCI(text, 'ING'),
    test: (w) => w.prev?.pos === 'PROPN' && !endsWithCI(w.prev.text, 'S') && afterTheName(w.tokens)
      && (w.k + 1 >= w.to || w.nextTag === 'ADP' || w.nextTag === 'PUNCT' || (w.nextTag === 'PART' && !w.verbBase((w.values[w.k + 2] ?? '').toUpperCase()))),
  },
  {
    id: 'ing-compound-after-noun',
    description: 'an -ing form after "a"/"an"/"the" and a singular common noun, before "to", punctuation or the sentence\'s end, heads a compound noun: "reopened the border crossing to let aid in", "the road building."',
    from: ['VERB'],
    to: 'NOUN',
    // (a plural noun before it is a subject: "the soldiers crossing to X"; an object after it keeps the verb:
    // "the army crossing the river")
    word: (text) => endsWithCI(text, 'ING'),
    test: (w) => w.prev?.pos === 'NOUN' && !pluralNoun(w.prev) && ARTICLES.has(w.before?.norm ?? '')
      && (w.k + 1 >= w.to || w.nextTag === 'PUNCT' || w.nextTag === 'PART'),
  },
  {
    id: 'head-after-determiner-name',
    description: 'a verb\'s base or -s form after a determiner, a capitalised name or nationality and a noun, name or adjective, before a verb, a preposition or punctuation, heads the noun phrase: "the Freedom Shield exercises began", "the Chinese missile launch alarmed Japan"',
    from: ['VERB'],
    to: 'NOUN',
    // (a base form after a common noun heads it only when the noun is singular: "the Chinese forces launch" and
    // "the Palestinians reject" may be verbs; an -s form only after a name or an adjective: "the Chinese foreign
    // minister travels to" keeps its verb; so do an irregular past, "the Kenyan president flew to", a verb of
    // saying, "…, the Israeli military says.", and a verb before "with"/"on"/"against", "the Russian army fires on")
    word: (text, upper, verbBase) => !PARTICIPLE.test(text) && !irregularPast(upper, verbBase) && !CLAUSE_TAKERS.has(verbBase(upper) ?? upper.replace(/S$/, '')),
    test: (w) => !!w.prev && w.prev.pos !== 'DET' && afterDeterminerName(w.tokens)
      && (w.prev.pos === 'NOUN' ? !pluralNoun(w.prev) && !endsWithCI(w.text, 'S') : endsWithCI(w.text, 'S') || !endsWithCI(w.prev.text, 'S'))
      && (w.k + 1 >= w.to || (NAMED_HEAD_NEXT.has(w.nextTag) && !PRESENT_NEXT.has(w.next))),
  },
  {
    id: 'head-after-determined-noun',
    description: 'a verb\'s base form after a determiner or possessive and a singular common noun (adjectives or nouns between), before a verb, a preposition or punctuation, heads the noun phrase: "Pyongyang\'s latest missile launch alarmed Japan", "condemned the satellite launch."',
    from: ['VERB'],
    to: 'NOUN',
    // (a singular noun takes no base-form verb; "North Korea launched" and "plans to launch" are no such phrase, and
    // "the army fires on" keeps its -s verb; a verb before "with"/"on"/"against" too)
    // (the base form of a lexicon verb, none whose past is the same: "the government shut down"; "bound" is no base)
    word: (_, upper, verbBase) => verbBase(upper) === upper && !SAME_FORM_PASTS.has(upper) && !CLAUSE_TAKERS.has(upper),
    test: (w) => afterDeterminedNoun(w.tokens) && (w.k + 1 >= w.to || (NAMED_HEAD_NEXT.has(w.nextTag) && !PRESENT_NEXT.has(w.next))),
  },
  {
    id: 'ing-between-adjective-and-noun',
    description: 'an -ing form between an adjective and a noun modifies the noun: "a Russian military hacking unit", "the new ruling party"',
    from: ['VERB'],
    to: 'NOUN',
    // ("were busy distributing food": not after a linking verb's adjective)
    word: (text) => endsWithCI(text, 'ING'),
    test: (w) => w.prev?.pos === 'ADJ' && w.k + 1 < w.to && w.nextTag === 'NOUN' && !LINKING_VERBS.has(w.before?.lemma ?? ''),
  },
  {
    id: 'hedge-before-noun',
    description: 'a participle of suspicion before a noun after a preposition or an article, or opening the sentence, qualifies the noun: "ambushed by suspected 3R rebels", "the alleged plotters", "Suspected jihadists attacked"',
    from: ['VERB'],
    to: 'ADJ',
    word: (_, upper) => HEDGE_PARTICIPLES.has(upper),
    test: (w) => (!w.prev || w.prev.pos === 'ADP' || w.prev.pos === 'DET') && w.k + 1 < w.to && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.nextTag),
  },
  {
    id: 'ed-before-amount',
    description: 'an -ed form between "a"/"an" and an amount qualifies the amount: "pledged a combined $250 million", "an estimated 3,000 people"',
    from: ['VERB'],
    to: 'ADJ',
    word: (text) => endsWithCI(text, 'ED'),
    test: (w) => (w.prev?.norm === 'A' || w.prev?.norm === 'AN') && w.k + 1 < w.to && (w.nextTag === 'NUM' || w.nextTag === 'SYM'),
  },
  {
    id: 'adjective-after-article',
    description: 'a plain adjective that wink reads as an adverb between an article and an adjective or noun modifies the noun: "test-fired a new intercontinental missile", "a high security zone"',
    from: ['ADV'],
    to: 'ADJ',
    word: (_, upper) => ADVERB_READ_ADJECTIVES.has(upper),
    test: (w) => !!w.prev && ARTICLES.has(w.prev.norm) && w.k + 1 < w.to && (w.nextTag === 'ADJ' || w.nextTag === 'NOUN'),
  },
  {
    id: 'offensive-noun',
    description: 'the adjective "offensive" that ends its noun phrase after an article, a determiner, an adjective or a name is the noun, a military push: "launched a new military offensive against", "Israel\'s Gaza offensive."',
    from: ['ADJ'],
    to: 'NOUN',
    // ("the remarks were offensive", "deeply offensive": not after a verb or an adverb; "called the remarks offensive":
    // not after a common noun; "offensive weapons": a noun or adjective after it keeps the adjective)
    word: (_, upper) => upper === 'OFFENSIVE',
    test: (w) => !!w.prev && ['DET', 'ADJ', 'PROPN'].includes(w.prev.pos) && !['NOUN', 'PROPN', 'ADJ'].includes(w.nextTag),
  },
  {
    id: 'acronym-in-name',
    description: 'a word in capitals tagged as a verb inside a name in mixed-case text, between a word of the name and the noun it names, is part of the name: "the New START treaty", "the AUKUS pact"',
    from: ['VERB'],
    to: 'PROPN',
    word: (text) => ALL_CAPS.test(text),
    // (in a headline set in capitals every word is so, and a capitalised verb is a verb: "LEADERS LET START TREATY EXPIRE")
    test: (w) => !!w.prev && HAS_LOWER.test(w.prev.text) && NAME_PART.has(w.prev.pos) && (w.nextTag === 'NOUN' || w.nextTag === 'PROPN') && HAS_LOWER.test(w.values[w.k + 1] ?? ''),
  },
  {
    id: 'verb-in-name',
    description: 'a capitalised word tagged as a verb right after a capitalised name, before a verb in lower case, ends the name: "The Red Cross sent aid", "Human Rights Watch accused Egypt", "the Red Cross has delivered food"',
    from: ['VERB'],
    to: 'PROPN',
    // (mixed case only: a headline in title case capitalises its verb and the word after it, "Israel Strikes Gaza";
    // the word after must be a verb, a lexicon verb form or an auxiliary, in lower case)
    word: (text) => CAPITALISED.test(text),
    test: (w) => !!w.prev && w.prev.pos === 'PROPN' && CAPITALISED.test(w.prev.text) && w.k + 1 < w.to && LOWER_FIRST.test(w.values[w.k + 1] ?? '')
      && (w.nextTag === 'VERB' || w.nextTag === 'AUX' || !!w.verbBase(w.next)),
  },
  {
    id: 'hyphen-participle',
    description: 'a participle glued to a word by a hyphen is an adjective: "Al Qaeda-linked", "government-held" (not after "test": "test-fired")',
    from: ['VERB'],
    to: 'ADJ',
    word: (text) => !endsWithCI(text, 'ING'),
    test: (w) => w.prev?.text === '-' && w.prev.end === w.start && w.tokens[w.tokens.length - 2]?.end === w.prev.start && w.tokens[w.tokens.length - 2]?.norm !== 'TEST',
  },
  {
    id: 's-head-after-hyphen-adjective',
    description: 'an -s form right after a hyphened adjective ("large-scale", "full-scale", "long-range", "high-level") heads its noun phrase: "launched large-scale exercises around Taiwan", "held high-level talks"',
    from: ['VERB'],
    to: 'NOUN',
    // (only after an adjective glued by a hyphen to a word, itself after a verb, a determiner or a preposition:
    // "China exercises restraint" and "the cease-fire holds" keep their verbs)
    word: (text) => endsWithCI(text, 'S') && !endsWithCI(text, 'SS'),
    test: (w) => {
      const n = w.tokens.length;
      const [first, hyphen, second, lead] = [w.tokens[n - 3], w.tokens[n - 2], w.prev, w.tokens[n - 4]];
      return !!first && !!hyphen && !!second && hyphen.text === '-' && first.end === hyphen.start && hyphen.end === second.start
        && first.pos === 'ADJ' && (second.pos === 'NOUN' || second.pos === 'ADJ') && ['VERB', 'DET', 'ADP'].includes(lead?.pos ?? '');
    },
  },
  {
    id: 's-noun-after-despite',
    description: 'an -s form right after "despite" or "amid", which take no finite clause, is a noun: "despite calls from lawmakers to do so", "amid reports of shelling"',
    from: ['VERB'],
    to: 'NOUN',
    word: (text) => endsWithCI(text, 'S') && !endsWithCI(text, 'SS'),
    test: (w) => !!w.prev && DESPITE_PREPS.has(w.prev.norm),
  },
  {
    id: 'weapon-first-word',
    description: 'the first word of a weapon noun is not a verb: "tear gas", "water cannon", "cluster bombs", "live rounds"',
    from: ['VERB'],
    to: 'NOUN',
    word: (_, upper) => WEAPON_FIRST.has(upper),
    test: (w) => VERB_FIRST_WEAPONS.has(`${w.upper} ${w.next}`),
  },
  {
    id: 'noun-after-in',
    description: 'the words of the adverbial idioms "in turn" and "in return" are nouns, not verbs: "Pakistan, in turn, summoned India\'s envoy", "released two prisoners in return"',
    from: ['VERB'],
    to: 'NOUN',
    word: (_, upper) => upper === 'TURN' || upper === 'RETURN',
    // (only right after "in" that follows no verb's own object: "in turn" is always the idiom)
    test: (w) => w.prev?.norm === 'IN' && (w.k + 1 >= w.to || w.nextTag === 'PUNCT' || w.nextTag === 'ADP' || w.nextTag === 'VERB' || w.nextTag === 'AUX'),
  },
  {
    id: 'have-main-verb',
    description: 'a form of "have" after its subject, before a noun (an adjective between) that is no participle and ends its phrase before a preposition or punctuation, is the main verb, not an auxiliary: "Kenya had talks with Uganda", "Germany has serious concerns about" (not "had tortured detainees")',
    from: ['AUX'],
    to: 'VERB',
    word: (_, upper) => HAVE_FORMS.has(upper),
    test: (w) => {
      if (!w.prev || !SUBJECT_ENDS.has(w.prev.pos) || w.k + 1 >= w.to) return false;
      const nextText = w.values[w.k + 1] ?? '';
      if (PARTICIPLE.test(nextText) || irregularPast(w.next, w.verbBase)) return false;
      // (the noun ends its phrase before a preposition or punctuation: "has clear evidence showing that …" is left to
      // the noun that says what the evidence shows)
      const noun = w.nextTag === 'NOUN' ? w.k + 1 : w.nextTag === 'ADJ' && w.tags[w.k + 2] === 'NOUN' && !PARTICIPLE.test(w.values[w.k + 2] ?? '') ? w.k + 2 : -1;
      return noun > 0 && (noun + 1 >= w.to || w.tags[noun + 1] === 'ADP' || w.tags[noun + 1] === 'PUNCT');
    },
  },
];

/** Tags some repair applies to: a word with another tag is left as wink tagged it. */
export const REPAIRABLE: ReadonlySet<string> = new Set(TAG_REPAIRS.flatMap((r) => r.from));

/** The repairs that may change a word's tag (those whose `word` test it passes), and the tags they start from. */
export interface WordRepairs {
  rules: readonly TagRepair[];
  from: ReadonlySet<string>;
}

/** The same lists are shared between words (by which repairs they hold). */
const wordRepairLists = new Map<string, WordRepairs>();

/** The repairs that may apply to the word `text` (upper case `upper`) whatever stands around it. */
export function repairsOf(text: string, upper: string, verbBase: VerbBase): WordRepairs {
  let key = '';
  for (const rule of TAG_REPAIRS) key += !rule.word || rule.word(text, upper, verbBase) ? '1' : '0';
  let list = wordRepairLists.get(key);
  if (!list) {
    const rules = TAG_REPAIRS.filter((_, k) => key[k] === '1');
    list = { rules, from: new Set(rules.flatMap((r) => r.from)) };
    wordRepairLists.set(key, list);
  }
  return list;
}

/** `from.includes(pos)`, written out: a rule's list holds one or two tags, and calling `includes` for each rule a word
 * may take cost more than the loop (it ran for some fifteen rules per verb form). */
function fromHas(from: readonly Pos[], pos: Pos): boolean {
  for (let k = 0; k < from.length; k++) if (from[k] === pos) return true;
  return false;
}

/**
 * The word's tag after the repairs, starting from wink's `pos`; `onRepair`, when given, hears each repair that
 * changed it. `rules`, when given, are `repairsOf(w.text, w.upper, w.verbBase)` (the word tests already passed).
 */
export function repairTag(pos: Pos, w: TagSite, onRepair?: (rule: TagRepair) => void, rules?: WordRepairs): Pos {
  const list = rules ? rules.rules : TAG_REPAIRS;
  for (let k = 0; k < list.length; k++) {
    const rule = list[k] as TagRepair;
    if (fromHas(rule.from, pos) && (rules || !rule.word || rule.word(w.text, w.upper, w.verbBase)) && rule.test(w)) {
      pos = rule.to;
      onRepair?.(rule);
    }
  }
  return pos;
}

/**
 * Word classes that more than one stage consults: means of attack (weapons, the craft that carry them, acts of
 * attack), weapons named by phrases ("tear gas", "car bomb"), verbs of saying and thinking, verbs of feeling, days
 * and months, modals; and the noun classes the events stage's rules read (kinds of demand, plan, command, transfer,
 * ships, missions, facilities, places, borders), kept here as vocabulary apart from the rules. Each class is one table with a row per word that says which of the named sets the word belongs
 * to; the stages import the sets, never a copy of the words.
 *
 * The sets of one table differ on purpose where a rule asks a narrower question (a column's comment says which), and
 * in places only because the lists grew with their rules separately: a word missing from one column is not
 * necessarily a decision. Moving a word between columns changes output, so it is a change of its own, measured on the
 * gold sets, with a positive and a negative test row.
 */

/** What a means of attack is: a munition, an act of attack, a craft or vehicle that carries weapons, or other arms. */
type AttackKind = 'munition' | 'act' | 'aircraft' | 'vessel' | 'arms';

/**
 * Where a noun of attack is read as one (the named sets below):
 * - `subject`: heading a subject that is a weapon or an attack, not an actor — "a roadside bomb killed", "the blast
 *   wounded": the act has no named doer (events stage, `WEAPON_SUBJECT_HEADS`). Munitions and acts only: a craft as
 *   subject ("a drone struck") is not in it.
 * - `with`: heading a WITH phrase that names what an act was done with, not with whom — "attacked X with rockets"
 *   (events stage, `WITH_INSTRUMENT_HEADS`): every `subject` word, and craft and arms.
 * - `by`: heading a passive's BY phrase that names a weapon in place of the doer, behind which a further BY phrase
 *   names the doer — "hit by a drone fired by X" (clauses stage, `BY_INSTRUMENT_HEADS`): things launched, flown or
 *   aimed, not acts ("hit by a blast" has no one behind the blast).
 * - `forces`: heading "the airstrike", "the drone", which stands for the forces that use it, not for the latest state
 *   named (coref stage, `FORCE_MEANS_HEADS`): what state forces use; not mines, devices or grenades, which anyone plants.
 */
type AttackUse = 'subject' | 'with' | 'by' | 'forces';

const MEANS_OF_ATTACK: readonly (readonly [noun: string, kind: AttackKind, uses: readonly AttackUse[]])[] = [
  ['BOMB', 'munition', ['subject', 'with', 'by']],
  ['MISSILE', 'munition', ['subject', 'with', 'by', 'forces']],
  ['ROCKET', 'munition', ['subject', 'with', 'by', 'forces']],
  ['SHELL', 'munition', ['subject', 'with', 'by']],
  ['MORTAR', 'munition', ['subject', 'with', 'by']],
  ['GRENADE', 'munition', ['subject', 'with', 'by']],
  ['MINE', 'munition', ['subject', 'with', 'by']],
  ['LANDMINE', 'munition', ['subject', 'with', 'by']],
  ['DEVICE', 'munition', ['subject', 'with', 'by']],
  ['IED', 'munition', ['subject', 'with', 'by']],
  ['TORPEDO', 'munition', ['by']],
  ['PROJECTILE', 'munition', ['by']],
  ['ROUND', 'munition', []],
  ['BOMBING', 'act', ['subject', 'with']],
  ['BLAST', 'act', ['subject', 'with']],
  ['EXPLOSION', 'act', ['subject', 'with']],
  ['DETONATION', 'act', ['subject', 'with']],
  ['ATTACK', 'act', ['subject', 'with']],
  ['AMBUSH', 'act', ['subject', 'with']],
  ['GUNFIRE', 'act', ['subject', 'with']],
  ['SHOOTING', 'act', ['subject', 'with']],
  ['STABBING', 'act', ['subject', 'with']],
  ['BARRAGE', 'act', ['subject', 'with']],
  ['SHELLING', 'act', ['subject', 'with', 'forces']],
  ['RAID', 'act', ['subject', 'with', 'forces']],
  ['STRIKE', 'act', ['with', 'by', 'forces']],
  ['AIRSTRIKE', 'act', ['with', 'by', 'forces']],
  ['DRONE', 'aircraft', ['with', 'by', 'forces']],
  ['AIRCRAFT', 'aircraft', ['with', 'by', 'forces']],
  ['JET', 'aircraft', ['with', 'by', 'forces']],
  ['WARPLANE', 'aircraft', ['with', 'by', 'forces']],
  ['HELICOPTER', 'aircraft', ['with', 'by', 'forces']],
  ['GUNSHIP', 'aircraft', ['forces']],
  ['PLANE', 'aircraft', ['forces']],
  ['BOMBER', 'aircraft', ['forces']],
  ['SHIP', 'vessel', ['by']],
  ['VESSEL', 'vessel', ['by']],
  ['WARSHIP', 'vessel', ['by', 'forces']],
  ['GUNBOAT', 'vessel', ['forces']],
  ['FRIGATE', 'vessel', ['forces']],
  ['ARTILLERY', 'arms', ['with', 'by', 'forces']],
  ['TANK', 'arms', ['with', 'forces']],
  ['GUN', 'arms', ['with']],
  ['WEAPON', 'arms', ['with']],
  ['SNIPER', 'arms', ['by']],
];

/** Upper-case nouns (lemmas) of a means-of-attack use. */
const attackNouns = (use: AttackUse): ReadonlySet<string> => new Set(MEANS_OF_ATTACK.filter(([, , uses]) => uses.includes(use)).map(([noun]) => noun));

/** A subject headed by one is a weapon or an attack, not an actor: "a roadside bomb killed", "the blast wounded". */
export const WEAPON_SUBJECT_HEADS = attackNouns('subject');
/** A WITH phrase headed by one names what an act was done with, not with whom: "attacked X with rockets". */
export const WITH_INSTRUMENT_HEADS = attackNouns('with');
/** A passive's BY phrase may name one in place of the doer: "hit by a drone fired by X". */
export const BY_INSTRUMENT_HEADS = attackNouns('by');
/** "The airstrike", "the drone": stands for the forces that use it. */
export const FORCE_MEANS_HEADS = attackNouns('forces');
/** Upper-case nouns (lemmas) of the weapons and craft that fire munitions ("artillery", "tank", "drone"). */
export const LAUNCHER_NOUNS: ReadonlySet<string> = new Set(MEANS_OF_ATTACK.filter(([, kind]) => kind === 'arms' || kind === 'aircraft' || kind === 'vessel').map(([noun]) => noun));
/** Upper-case nouns (lemmas) of munitions: "shells", "rounds", "rockets", "missiles". */
export const MUNITION_NOUNS: ReadonlySet<string> = new Set(MEANS_OF_ATTACK.filter(([, kind]) => kind === 'munition').map(([noun]) => noun));

/**
 * Where a weapon named by a phrase of words (as written, upper case, joined by a space) is read as one (the named sets
 * below):
 * - `crowd`: a weapon of crowd control, used on people — "fired tear gas and detained marchers" is repression of the
 *   people the next verb names (`instruments.ts`, `CROWD_WEAPONS`). Not bombs or nerve agents, which are no crowd
 *   control.
 * - `verb-first`: a two-word weapon whose first word wink may tag as a verb — "used tear gas", "fired water cannon"
 *   (tokenize stage's tagger repair `weapon-first-word`, `VERB_FIRST_WEAPONS`). Two words only: the repair reads the
 *   word and the next one.
 */
type WeaponPhraseUse = 'crowd' | 'verb-first';

const WEAPON_PHRASES: readonly (readonly [phrase: string, uses: readonly WeaponPhraseUse[]])[] = [
  ['TEAR GAS', ['crowd', 'verb-first']],
  ['TEARGAS', ['crowd']],
  ['TEAR-GAS', ['crowd']],
  ['WATER CANNON', ['crowd', 'verb-first']],
  ['WATER CANNONS', ['crowd', 'verb-first']],
  ['RUBBER BULLETS', ['crowd', 'verb-first']],
  ['RUBBER-COATED BULLETS', ['crowd']],
  ['PLASTIC BULLETS', ['crowd']],
  ['STUN GRENADES', ['crowd', 'verb-first']],
  ['STUN GRENADE', ['crowd']],
  ['FLASH-BANG GRENADES', ['crowd']],
  ['SOUND BOMBS', ['crowd']],
  ['BATONS', ['crowd']],
  ['TRUNCHEONS', ['crowd']],
  ['LIVE ROUNDS', ['crowd', 'verb-first']],
  ['LIVE AMMUNITION', ['crowd', 'verb-first']],
  ['LIVE FIRE', ['crowd']],
  ['LIVE BULLETS', ['crowd', 'verb-first']],
  ['PEPPER SPRAY', ['crowd', 'verb-first']],
  ['PELLETS', ['crowd']],
  ['PELLET GUNS', ['crowd']],
  ['BIRDSHOT', ['crowd']],
  ['TASERS', ['crowd']],
  ['CLUSTER BOMB', ['verb-first']],
  ['CLUSTER BOMBS', ['verb-first']],
  ['CLUSTER MUNITIONS', ['verb-first']],
  ['NERVE AGENT', ['verb-first']],
  ['BARREL BOMBS', ['verb-first']],
  ['CAR BOMB', ['verb-first']],
  ['TRUCK BOMB', ['verb-first']],
  ['ROADSIDE BOMB', ['verb-first']],
  ['SUICIDE BOMBER', ['verb-first']],
];

/** Weapon phrases of a use, as written (upper case, words joined by a space), in the table's order. */
const weaponPhrases = (use: WeaponPhraseUse): readonly string[] => WEAPON_PHRASES.filter(([, uses]) => uses.includes(use)).map(([phrase]) => phrase);

/** Weapons of crowd control: "tear gas", "water cannon", "rubber bullets", "batons". */
export const CROWD_WEAPONS: readonly string[] = weaponPhrases('crowd');
/** Two-word weapons whose first word wink may tag as a verb: "tear gas", "cluster bombs", "live rounds". */
export const VERB_FIRST_WEAPONS: ReadonlySet<string> = new Set(weaponPhrases('verb-first'));

/**
 * Where a verb of saying, thinking or perceiving is read as one (the named sets below; lemmas, lower case):
 * - `speech`: its complement clause is a reported event with the subject as speaker (events stage, `SPEECH_VERBS`).
 *   Verbs of stating and emphasising, believing and thinking; denying, warning, fearing and hoping have rules of
 *   their own there.
 * - `complement`: its object may be followed by a finite complement clause, so a participle after that object is no
 *   reduced relative — "said Israel attacked Syria" (clauses stage, `COMPLEMENT_VERBS`).
 * - `attribution`: after a comma, it attributes the clause before it to its subject — "X attacked Y, officials said"
 *   (clauses stage, `ATTRIBUTION_VERBS`): verbs of speaking and writing only.
 * - `bare-clause`: takes a clause without "that", so a bare noun after it may be that clause's subject — "officials say
 *   water flows" (tokenize stage's tagger repair, `CLAUSE_TAKERS`, upper case): saying, thinking and perceiving.
 * - `said-in`: an IN phrase right after it is where something was said, not what it is about — "said in Berlin"
 *   (coref stage, `SAID_IN_VERBS`).
 */
type ReportingUse = 'speech' | 'complement' | 'attribution' | 'bare-clause' | 'said-in';

const REPORTING_VERBS: readonly (readonly [lemma: string, uses: readonly ReportingUse[]])[] = [
  ['say', ['speech', 'complement', 'attribution', 'bare-clause', 'said-in']],
  ['tell', ['speech', 'complement', 'attribution', 'bare-clause', 'said-in']],
  ['announce', ['speech', 'complement', 'attribution', 'said-in']],
  ['state', ['speech', 'complement', 'attribution', 'said-in']],
  ['declare', ['speech', 'complement', 'attribution', 'said-in']],
  ['add', ['speech', 'complement', 'attribution', 'said-in']],
  ['claim', ['speech', 'complement', 'attribution', 'bare-clause']],
  ['report', ['speech', 'complement', 'attribution', 'bare-clause']],
  ['insist', ['speech', 'complement', 'attribution', 'bare-clause']],
  ['confirm', ['speech', 'complement', 'attribution']],
  ['note', ['speech', 'complement', 'attribution']],
  ['write', ['speech', 'attribution', 'said-in']],
  ['explain', ['speech', 'attribution']],
  ['speak', ['said-in']],
  ['assert', ['speech', 'complement']],
  ['allege', ['speech', 'complement']],
  ['indicate', ['speech', 'complement']],
  ['acknowledge', ['speech', 'complement']],
  ['reveal', ['speech', 'complement']],
  ['argue', ['speech', 'complement', 'bare-clause']],
  ['suggest', ['speech', 'complement', 'bare-clause']],
  ['admit', ['speech', 'complement', 'bare-clause']],
  ['stress', ['speech']],
  ['reiterate', ['speech']],
  ['emphasize', ['speech']],
  ['emphasise', ['speech']],
  ['believe', ['speech', 'complement', 'bare-clause']],
  ['think', ['speech', 'complement', 'bare-clause']],
  ['deny', ['complement', 'bare-clause']],
  ['warn', ['complement', 'bare-clause', 'said-in']],
  ['know', ['complement', 'bare-clause']],
  ['fear', ['complement', 'bare-clause']],
  ['hope', ['complement', 'bare-clause']],
  ['show', ['complement']],
  ['suspect', ['complement']],
  ['expect', ['bare-clause']],
  ['see', ['bare-clause']],
  ['feel', ['bare-clause']],
];

/** Lemmas of a reporting-verb use. */
const reportingVerbs = (use: ReportingUse): ReadonlySet<string> => new Set(REPORTING_VERBS.filter(([, uses]) => uses.includes(use)).map(([lemma]) => lemma));

/** Verbs that report speech or thought: their complement clause is a reported event with a speaker. */
export const SPEECH_VERBS = reportingVerbs('speech');
/** Verbs whose object may be followed by a finite complement clause ("said Israel attacked Syria"). */
export const COMPLEMENT_VERBS = reportingVerbs('complement');
/** Verbs that attribute a preceding clause to a source when they follow it after a comma. */
export const ATTRIBUTION_VERBS = reportingVerbs('attribution');
/** Verbs of saying and thinking that take a clause without "that" (upper case): "officials say water flows". */
export const CLAUSE_TAKERS: ReadonlySet<string> = new Set([...reportingVerbs('bare-clause')].map((v) => v.toUpperCase()));
/** Verbs whose IN phrase is where something was said: "said in Berlin". */
export const SAID_IN_VERBS = reportingVerbs('said-in');

/** The regular -ed form of a verb, upper case: "concern" → CONCERNED, "trouble" → TROUBLED, "worry" → WORRIED. */
function edForm(lemma: string): string {
  const upper = lemma.toUpperCase();
  if (upper.endsWith('E')) return `${upper}D`;
  if (/[^AEIOU]Y$/.test(upper)) return `${upper.slice(0, -1)}IED`;
  return `${upper}ED`;
}

/**
 * Verbs of feeling whose passive subject is the one who feels: "is concerned/worried/alarmed about" (events stage,
 * `PSYCH_VERBS`); their past participles (upper case), which the tagger reads as adjectives after "be" (tokenize
 * stage, `PSYCH_PARTICIPLES`).
 */
export const PSYCH_VERBS: ReadonlySet<string> = new Set([
  'concern', 'worry', 'alarm', 'trouble', 'disturb', 'dismay', 'disappoint', 'sadden', 'dishearten', 'frustrate', 'outrage',
  'anger', 'incense', 'infuriate', 'enrage', 'appall', 'disgust', 'offend', 'irritate', 'annoy', 'please', 'satisfy',
  'delight', 'hearten', 'gratify',
]);
/** ... and adjectives of the same feelings that are no participles ("is angry with"). */
export const PSYCH_ADJECTIVES: ReadonlySet<string> = new Set(['ANGRY', 'FURIOUS']);
export const PSYCH_PARTICIPLES: ReadonlySet<string> = new Set([...PSYCH_VERBS].map(edForm));
/** The prepositions that name what a feeling is about ("concerned about", "alarmed by", "angry with"). */
export const PSYCH_PREPS: ReadonlySet<string> = new Set(['BY', 'AT', 'WITH', 'OVER', 'ABOUT']);

/**
 * Honorifics and abbreviated ranks written before a person's name ("Gen. Tiani", "General Tiani", "Mr. Modi", "Lt. Gen.
 * X"), upper case without the full stop: words that no role noun of the agents dictionary covers (actors stage: the
 * name's mention takes them in, so a phrase "by Gen. X" keeps its preposition).
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['MR', 'MRS', 'MS', 'DR', 'PROF', 'GEN', 'GENERAL', 'LT', 'COL', 'MAJ', 'CAPT', 'ADM', 'SGT', 'BRIG', 'SEN', 'REP', 'GOV']);

/** Spans of time before "of": "two decades of war", "a quarter of a century of talks" (events, operations). */
export const TIME_SPANS: ReadonlySet<string> = new Set(['WEEKS', 'MONTHS', 'YEARS', 'DECADES', 'CENTURY', 'CENTURIES']);

/** Days of the week, upper case. */
export const WEEKDAYS: readonly string[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MONTHS: readonly string[] = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];
/**
 * Days and months: proper nouns that are dates, not names ("the Iranian foreign minister Friday accused …", actors
 * stage); a preposition before one opens a date, not a verb's particle (verb patterns).
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
/** Months with their abbreviations, upper case: "March 3", "Sept 12" (a dateline's date, clauses stage). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, 'JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC']);

/**
 * What a modal makes of the verb it goes with: a future, a hypothesis, an obligation (the clauses stage's modality),
 * or an ability, which leaves the clause's modality alone.
 */
type ModalSense = 'future' | 'hypothetical' | 'normative' | 'ability';

/**
 * Modal words as tokens have them, upper case ("'LL" of "we'll", "'D" of "they'd", "WO" and "CA" of "won't" and
 * "can't"), with their sense and whether a bare verb follows them as written ("would free", "will fire"): not the
 * contracted forms, after which "n't" or a pronoun's clitic comes first, nor OUGHT, which takes "to".
 */
const MODAL_WORDS: readonly (readonly [word: string, sense: ModalSense, verbNext: boolean])[] = [
  ['WILL', 'future', true],
  ['SHALL', 'future', true],
  ["'LL", 'future', false],
  ['WO', 'future', false],
  ['WOULD', 'hypothetical', true],
  ['COULD', 'hypothetical', true],
  ['MIGHT', 'hypothetical', true],
  ['MAY', 'hypothetical', true],
  ["'D", 'hypothetical', false],
  ['MUST', 'normative', true],
  ['SHOULD', 'normative', true],
  ['OUGHT', 'normative', false],
  ['CAN', 'ability', true],
  ['CA', 'ability', false],
];
const modals = (keep: (sense: ModalSense, verbNext: boolean) => boolean): ReadonlySet<string> =>
  new Set(MODAL_WORDS.filter(([, sense, verbNext]) => keep(sense, verbNext)).map(([word]) => word));

/** Every modal: not a main verb (clauses stage). */
export const MODALS = modals(() => true);
/** Modals that make a clause's modality: future, hypothetical or normative (clauses stage). */
export const FUTURE_MODALS = modals((s) => s === 'future');
export const HYPOTHETICAL_MODALS = modals((s) => s === 'hypothetical');
export const NORMATIVE_MODALS = modals((s) => s === 'normative');
/** Modals a bare verb follows as written: a lexicon verb after one is the verb (tokenize stage, `after-modal`). */
export const VERB_MODALS = modals((_, verbNext) => verbNext);
/** Modals that make a negated action a refusal: "will not", "would not" (events stage). */
export const REFUSAL_MODALS: ReadonlySet<string> = new Set([...FUTURE_MODALS, 'WOULD']);

/** A state's premises abroad, which stand for that state: a protest outside one is aimed at its owner. */
export const MISSION_NOUNS: ReadonlySet<string> = new Set(['EMBASSY', 'CONSULATE']);

/**
 * Role nouns that are also mass nouns of what the role deals in: alone they name that thing ("shared intelligence
 * with Kyiv", "intelligence on troop movements"), and the body only with an owner before them ("U.S. intelligence",
 * "Russia's military intelligence") (actors stage).
 */
export const OWNED_ROLE_NOUNS: ReadonlySet<string> = new Set(['INTELLIGENCE']);

/**
 * Heads (lemmas) of agent phrases that name a deed, not a body ("shelling", "airstrike", "drone strike", "air raid"
 * in dictionaries/agents.txt): with a country or group before them they stand for its forces ("Russian shelling
 * killed five", RUSMIL), alone they are the deed ("condemned the shelling", "the airstrikes destroyed a school"), no
 * actor (actors stage). Doers ("gunmen", "bombers", "attackers") are not here.
 */
export const DEED_ROLE_NOUNS: ReadonlySet<string> = new Set(['SHELLING', 'AIRSTRIKE', 'STRIKE', 'RAID', 'BOMBING', 'ATTACK', 'BOMBARDMENT']);

/** Measures one party imposes on another, whose ON/AGAINST phrase names whom they hit (clause stage). */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set(['SANCTION', 'EMBARGO', 'TARIFF', 'DUTY', 'CURB', 'RESTRICTION', 'CONTROL', 'BAN', 'BOYCOTT', 'LEVY']);

/** Verbs (lemmas) that impose, keep or lift such a measure: "reimposed UN sanctions on X", "lifted EU tariffs on Y". */
export const MEASURE_VERBS: ReadonlySet<string> = new Set([
  'impose', 'reimpose', 'restore', 'reinstate', 'snap', 'lift', 'ease', 'relax', 'remove', 'scrap', 'suspend', 'extend', 'renew', 'prolong',
  'tighten', 'expand', 'widen', 'broaden', 'raise', 'hike', 'levy', 'slap', 'adopt', 'enforce',
]);

/**
 * Role nouns (agents.txt) written as often as a verb ("police arrested the suspects" / "Germany suspects Russia"): the
 * role only where the tagger reads the word as a noun (actors stage; upper-case lemmas).
 */
export const VERB_LIKE_ROLE_NOUNS: ReadonlySet<string> = new Set(['SUSPECT']);

/** An aircraft model's designation: "J-16", "F-16", "Su-35", "MiG-31", "F-35A" (actors and clause stages). */
export const AIRCRAFT_MODEL = /^\p{Lu}\p{L}{0,2}-?\d{1,3}[A-Z]?$/u;

/** Is `text` an aircraft model's designation or its plural ("F-35s", "Su-30s")? */
export const aircraftModel = (text: string): boolean => AIRCRAFT_MODEL.test(text.endsWith('s') ? text.slice(0, -1) : text);

/** Ships and boats as property: a state's seizure of one is complete without naming the owner (events stage). */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set(['SHIP', 'VESSEL', 'TANKER', 'BOAT', 'FREIGHTER', 'TRAWLER', 'DHOW', 'YACHT', 'CARRIER']);

// Vocabulary of the events stage's rules (pipeline/events.ts): each class is what its rule reads a noun as; the rule
// itself stays in the stage. "Lemmas" are matched on a token's lemma (upper case), "forms" on the word as written.

/**
 * Nouns of asking whose "that" clause is the demand made: "its demand that", "calls that", "an ultimatum that" (lemmas).
 * Near PRESSURE_NOUNS but not the same (INSISTENCE and REQUIREMENT here, PRESSURE and PLEA there): each list grew with
 * its own rule, and merging them changes what is coded.
 */
export const DEMAND_NOUNS: ReadonlySet<string> = new Set(['DEMAND', 'CALL', 'REQUEST', 'ULTIMATUM', 'PROPOSAL', 'INSISTENCE', 'APPEAL', 'REQUIREMENT']);

/**
 * Nouns whose infinitive is pressed for, not done: "pressure to resign", "calls to step down", "a plea to release X"
 * (lemmas; the infinitive is demanded). The clauses stage keeps a narrower list of forms of its own for the same
 * phrase ("faces pressure to", its `PRESSURE_NOUNS`: no REQUEST, PLEA or PROPOSAL, plural CALLS only).
 */
export const PRESSURE_NOUNS: ReadonlySet<string> = new Set(['PRESSURE', 'CALL', 'DEMAND', 'REQUEST', 'APPEAL', 'PLEA', 'ULTIMATUM', 'PROPOSAL']);
/** Nouns whose infinitive is tried, not done: "efforts to", "a bid to", "an offensive to retake X", "a campaign to oust Y" (lemmas). */
export const ATTEMPT_NOUNS: ReadonlySet<string> = new Set(['EFFORT', 'ATTEMPT', 'BID', 'PUSH', 'DRIVE', 'OFFENSIVE', 'CAMPAIGN', 'OPERATION']);
/**
 * Nouns whose infinitive is intended, still to come: "the government's plan to send X", "a threat to cut aid", "a plot
 * by militants to attack the capital" (lemmas).
 */
export const PLAN_NOUNS: ReadonlySet<string> = new Set(['PLAN', 'INTENTION', 'PROMISE', 'PLEDGE', 'THREAT', 'OFFER', 'PLOT', 'CONSPIRACY']);
/** Nouns of a plan or proposal that a body adopts as its own: "approved a plan to", "adopted a proposal to" (lemmas). */
export const OWN_PLAN_NOUNS: ReadonlySet<string> = new Set(['PLAN', 'PROPOSAL', 'BILL', 'DRAFT', 'STRATEGY', 'PROGRAMME', 'PROGRAM', 'MEASURE', 'DECISION', 'MOTION', 'RESOLUTION']);

/** Nouns of evidence: after "no", the clause they introduce is denied, not asserted ("no evidence that X fired") (lemmas). */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(['SIGN', 'EVIDENCE', 'INDICATION', 'PROOF', 'SUGGESTION']);

/** Nouns of a command whose giver is the doer of what was done under it: "on the orders of X", "by decree of X" (lemmas). */
export const ORDER_NOUNS: ReadonlySet<string> = new Set(['ORDER', 'INSTRUCTION', 'DIRECTIVE', 'COMMAND', 'DECREE', 'BEHEST']);

/** Nouns after which a WITH phrase names those one sides with, not whom one acts on: "in solidarity with X" (forms). */
export const SIDING_NOUNS: ReadonlySet<string> = new Set(['SOLIDARITY', 'COORDINATION', 'CONJUNCTION', 'TANDEM', 'SYMPATHY']);

/** Nouns of leaving a body, before FROM: "announced its withdrawal from X" (forms). */
export const EXIT_NOUNS: ReadonlySet<string> = new Set(['WITHDRAWAL', 'EXIT', 'DEPARTURE']);
/** Heads of the name of an international body a state can leave as a member: "the African Union", "the alliance" (forms). */
export const BODY_HEADS: ReadonlySet<string> = new Set(['ALLIANCE', 'UNION', 'BLOC', 'ORGANIZATION', 'ORGANISATION', 'COMMUNITY', 'COUNCIL', 'COURT', 'AGENCY', 'GROUPING', 'FORUM', 'COMMONWEALTH', 'LEAGUE']);

/**
 * Nouns of sending or handing over, whose OF phrase names what is sent and whose TO phrase only where it goes: "the
 * dispatch of U.S. destroyers to the Caribbean", "the sale of American jets to Taiwan" (forms).
 */
export const TRANSFER_NOUNS: ReadonlySet<string> = new Set([
  'DISPATCH', 'DEPLOYMENT', 'DEPLOYMENTS', 'SENDING', 'SALE', 'SALES', 'TRANSFER', 'TRANSFERS', 'DELIVERY', 'DELIVERIES',
  'SHIPMENT', 'SHIPMENTS', 'SUPPLY', 'SUPPLIES', 'EXPORT', 'EXPORTS', 'STATIONING', 'POSTING', 'PROVISION',
]);
/** Flows of goods whose halt or ban is an embargo on all comers: "halted exports of bauxite" (lemmas). */
export const TRADE_FLOWS: ReadonlySet<string> = new Set(['EXPORT', 'EXPORTS', 'IMPORT', 'IMPORTS', 'SHIPMENT', 'SHIPMENTS', 'TRADE']);

/** Nouns of the missiles a launch fires: firing or testing one is a show of force (lemmas). */
export const MISSILE_NOUNS: ReadonlySet<string> = new Set(['MISSILE', 'ICBM']);

/**
 * Head nouns of a navy's ships: "two Russian warships", "a Chinese naval flotilla", "the carrier" (lemmas). Not
 * VESSEL_NOUNS (ships as property, which a state seizes) nor the `vessel` means of attack (craft that carry weapons):
 * a fleet or a squadron makes a port call, and a tanker does not.
 */
export const NAVAL_HEADS: ReadonlySet<string> = new Set(['WARSHIP', 'SHIP', 'VESSEL', 'FRIGATE', 'DESTROYER', 'CORVETTE', 'CRUISER', 'SUBMARINE', 'CARRIER', 'FLOTILLA', 'FLEET', 'NAVY', 'SQUADRON']);

/**
 * Heads of a body of forces sent abroad together on a peace mission: "a regional mission", "a multinational force"
 * (forms). Not MISSION_NOUNS, a state's diplomatic premises.
 */
export const MISSION_HEADS: ReadonlySet<string> = new Set(['MISSION', 'FORCE', 'FORCES', 'CONTINGENT', 'DEPLOYMENT']);
/** What makes such a body a peace mission: "peacekeeping", "regional", "multinational", "U.N.-backed" (forms). */
export const MISSION_MARKS: ReadonlySet<string> = new Set(['PEACEKEEPING', 'PEACE', 'PEACEKEEPERS', 'REGIONAL', 'MULTINATIONAL', 'INTERNATIONAL', 'STABILISATION', 'STABILIZATION', 'PROTECTION', 'UN', 'U.N.', 'AU']);

/**
 * Facilities whose attack or destruction is news with no owner named: infrastructure, military and police posts,
 * places of worship, schools, hospitals (heads of the noun phrase, lemmas); not homes, villages or towns, whose
 * people or owners the act is aimed at ("burned homes" needs whose).
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'BRIDGE', 'PIPELINE', 'STATION', 'SUBSTATION', 'PLANT', 'REFINERY', 'DEPOT', 'DAM', 'RAILWAY', 'RAILROAD', 'TRACK',
  'HIGHWAY', 'AIRPORT', 'AIRFIELD', 'AIRBASE', 'BASE', 'BARRACKS', 'CHECKPOINT', 'OUTPOST', 'CONVOY', 'TRAIN', 'BUS',
  'FACILITY', 'INSTALLATION', 'INFRASTRUCTURE', 'GRID', 'PYLON', 'TOWER', 'WAREHOUSE', 'FACTORY', 'OILFIELD', 'TERMINAL',
  'PORT', 'HARBOUR', 'HARBOR', 'SCHOOL', 'HOSPITAL', 'CLINIC', 'CHURCH', 'MOSQUE', 'TEMPLE', 'SYNAGOGUE', 'SHRINE',
  'MARKET', 'HOTEL', 'BUILDING', 'HEADQUARTERS', 'COMPOUND', 'PRISON', 'JAIL',
]);

/**
 * Nouns of a kind of settled place whose name follows "of": "the city of Kherson", "the town of Bakhmut" (forms): leaving
 * one is leaving territory. The places stage's `PLACE_OF_NOUNS` (document/places.ts) is another, wider pattern for
 * finding places in text ("outskirts of", "the capital of").
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(['CITY', 'TOWN', 'VILLAGE', 'REGION', 'PROVINCE', 'DISTRICT', 'OBLAST', 'PORT', 'TERRITORY', 'AREA', 'STATE', 'COUNTRY', 'ISLAND', 'ENCLAVE', 'STRIP']);

/** Nouns of a state's border: a border closed right after acting on another state is the border with it (forms). */
export const BORDER_NOUNS: ReadonlySet<string> = new Set(['BORDER', 'BORDERS', 'FRONTIER', 'FRONTIERS']);

/** The participles of mediation, as written: "a truce brokered by X", "talks mediated by X", "an X-facilitated swap". */
export const MEDIATING_PARTICIPLES: ReadonlySet<string> = new Set(['BROKERED', 'MEDIATED', 'FACILITATED']);

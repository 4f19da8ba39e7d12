/**
 * Lemmas without a model: wink's lemmatiser costs more than the rest of tokenisation, so sitrep derives
 * lemmas itself — irregular forms from a table, verbs found in the verb lexicon from its generated forms, and
 * regular suffix rules otherwise. Lemmas are lower case.
 */
const IRREGULAR: Record<string, string> = {};
const add = (lemma: string, forms: string): void => {
  for (const f of forms.split(' ')) IRREGULAR[f] = lemma;
};
// the auxiliaries' own base forms too: a closed class never takes its lemma from a verb dictionary (Phoenix's
// "+IS_DETERMINED {+BE_DETERMINED}" would make "be" a form of "is")
add('be', "be is are was were been being am 's 're 'm");
add('have', "have has had having 've 'd");
add('do', 'do does did done doing');
add('say', 'said says saying');
add('tell', 'told');
add('go', 'went gone goes');
add('make', 'made');
add('take', 'took taken');
add('give', 'gave given');
add('come', 'came');
add('see', 'saw seen');
add('get', 'got gotten');
add('hold', 'held');
add('meet', 'met');
add('lead', 'led');
add('leave', 'left');
add('send', 'sent');
add('build', 'built');
add('bring', 'brought');
add('buy', 'bought');
add('fight', 'fought');
add('seek', 'sought');
add('think', 'thought');
add('teach', 'taught');
add('catch', 'caught');
add('keep', 'kept');
add('feel', 'felt');
add('find', 'found');
add('stand', 'stood');
add('win', 'won');
add('lose', 'lost');
add('pay', 'paid');
add('shoot', 'shot');
add('strike', 'struck stricken');
add('break', 'broke broken');
add('choose', 'chose chosen');
add('drive', 'drove driven');
add('fall', 'fell fallen');
add('hide', 'hid hidden');
add('know', 'knew known');
add('rise', 'rose risen');
add('run', 'ran');
add('sell', 'sold');
add('speak', 'spoke spoken');
add('steal', 'stole stolen');
add('swear', 'swore sworn');
add('tear', 'tore torn');
add('throw', 'threw thrown');
add('wear', 'wore worn');
add('withdraw', 'withdrew withdrawn');
add('write', 'wrote written');
add('begin', 'began begun');
add('draw', 'drew drawn');
add('eat', 'ate eaten');
add('fly', 'flew flown');
add('forget', 'forgot forgotten');
add('grow', 'grew grown');
add('hang', 'hung');
add('lay', 'laid');
add('mean', 'meant');
add('sink', 'sank sunk');
add('slay', 'slew slain');
add('undertake', 'undertook undertaken');
add('uphold', 'upheld');
add('overthrow', 'overthrew overthrown');
add('forbid', 'forbade forbidden');
add('forgive', 'forgave forgiven');
add('freeze', 'froze frozen');
add('bind', 'bound');
add('blow', 'blew blown');
add('shake', 'shook shaken');
add('awake', 'awoke awoken');
add('spend', 'spent');
add('lend', 'lent');
add('flee', 'fled');
add('speed', 'sped');
add('feed', 'fed');
add('bleed', 'bled');
add('will', 'wo');
add('can', 'ca');
add('not', "n't n’t");
add('man', 'men');
add('woman', 'women');
add('child', 'children');

const NOUN_S_KEEP = /(ss|us|is|ics|news|series|species)$/;

/**
 * Lemma of a lower-case word. `isVerbForm(upper)` tells whether an upper-case form is a known verb form (from
 * the verb lexicon), and `verbBase(upper)` its base, so lexicon verbs are exact.
 */
export function lemmaOf(lower: string, pos: string, verbBase: (upper: string) => string | undefined): string {
  // the possessive "'s" (tagged PART) is not "is"
  if (pos === 'PART' && (lower === "'s" || lower === '’s')) return lower;
  const irr = IRREGULAR[lower];
  if (irr) return irr;
  if (pos === 'VERB' || pos === 'AUX') {
    // "re-opened", "re-imposed": the hyphen of the prefix is a spelling of the joined verb ("reopen", "reimpose")
    if (/^re-[a-z]{3,}$/.test(lower)) return lemmaOf(lower.replace('-', ''), pos, verbBase);
    const base = verbBase(lower.toUpperCase());
    if (base) return base.toLowerCase();
    // "died", "lies", "tied": a short stem in -ie keeps it
    if (lower.endsWith('ies') || lower.endsWith('ied')) return lower.length === 4 ? lower.slice(0, -1) : lower.slice(0, -3) + 'y';
    if (lower.endsWith('ing') && lower.length > 5) return restoreE(lower.slice(0, -3));
    if (lower.endsWith('eed') && lower.length > 5) return lower.slice(0, -1); // agreed, freed, guaranteed
    if (lower.endsWith('ed') && lower.length > 4) return restoreE(lower.slice(0, -2));
    if (lower.endsWith('es') && /(ss|sh|ch|x|tz|zz|o)es$/.test(lower)) return lower.slice(0, -2);
    if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) return lower.slice(0, -1);
    return lower;
  }
  if (pos === 'NOUN') {
    if (lower.length <= 3 || NOUN_S_KEEP.test(lower)) return lower;
    if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
    if (/(ss|sh|ch|x|tz|zz)es$/.test(lower)) return lower.slice(0, -2);
    if (lower.endsWith('s')) return lower.slice(0, -1);
  }
  return lower;
}

/**
 * Stems that lost a final e ("announc-ed", "receiv-ing", "clos-ed", "decid-ed", "complet-ed", "prepar-ing",
 * "describ-ed", "schedul-ed", "incit-ed", "ignit-ed", "invit-ed", "promot-ed", "vot-ed"; not "appear-ed", "soar-ed",
 * "feud-ing", "solicit-ed", "pivot-ed"); doubled consonants undouble instead.
 */
const LOST_E = /(?:c|v|z|u|rg|ag|as|os|ib|dul|(?<!li)cit|nit|vit|mot|(?<!i)vot|quot|not|[^eo]ar|[^c]us|ais|(?<!e)ud|od|ir|ur|[^o]id|[^aeo]at|[^aeiou]ut|[^aeiou]am|[^aeiou]om|[^aeiou]in|[^o]ok|plet|[bcdfgkpstz]l)$/;

function restoreE(stem: string): string {
  const single = undouble(stem);
  if (single !== stem) return single;
  return LOST_E.test(stem) ? stem + 'e' : stem;
}

/**
 * British spelling doubles the l of a verb in unstressed -el ("labell-ed", "cancell-ing", "travell-ed", "modell-ed"); a
 * stem of five letters in -ell is a verb of its own ("shell-ed", "quell-ed", "spell-ed"), and so are "-sell", "-tell".
 */
const BRITISH_ELL = /^[a-z]+(?<!s|t|sp|sm|sh|qu|sw|dw)ell$/;

function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 6 && BRITISH_ELL.test(stem)) return stem.slice(0, -1);
  if (n > 2 && stem[n - 1] === stem[n - 2] && !/[lszaeiou]/.test(stem[n - 1] ?? '')) return stem.slice(0, -1);
  return stem;
}

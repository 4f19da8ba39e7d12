/**
 * Splits a CAMEO actor code into the attribute fields GDELT breaks out: country, known group,
 * religions and up to three types. The code is read in 3-character chunks (`IGOWSTNAT` →
 * IGO, WST, NAT). Organisation prefixes (IGO, NGO, IMG, MNC, ...) are types; for those codes the
 * last chunk that is neither a type, a religion nor a region is the known group (NAT, UNO, ISI).
 */

/** CAMEO type/role codes (sector codes). */
const TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV',
  'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'PTY', 'SET', 'REL',
  'IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'PRE',
]);

/** Organisation prefixes: such a code has no country. */
const ORG_PREFIXES = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC']);

/** CAMEO religion codes. */
const RELIGIONS = new Set([
  'ADR', 'ALE', 'ATH', 'BAH', 'BUD', 'CHR', 'CON', 'CPT', 'CTH', 'DOX', 'DRZ', 'HIN', 'HSD', 'ITR', 'JAN', 'JEW',
  'JHW', 'LDS', 'MOS', 'MRN', 'MUS', 'OST', 'PRO', 'SFI', 'SHI', 'SHN', 'SIK', 'SUN', 'TAO', 'UDX', 'ZRO',
]);

/** CAMEO regional codes that may follow an organisation prefix. */
const REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'CAS', 'CAU', 'CFR', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDT', 'MEA', 'NAF',
  'NAM', 'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SEA', 'SCN', 'WAF', 'WST', 'WSB', 'GZS',
]);

export interface ActorFields {
  code: string;
  country: string;
  knownGroup: string;
  ethnic: string;
  religion1: string;
  religion2: string;
  type1: string;
  type2: string;
  type3: string;
}

export function actorFields(code: string | null | undefined): ActorFields {
  const out: ActorFields = { code: code ?? '', country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', type1: '', type2: '', type3: '' };
  if (code === null || code === undefined || code === '') return out;
  const chunks = code.toUpperCase().match(/.{1,3}/g) ?? [];
  const types: string[] = [];
  const religions: string[] = [];
  const first = chunks[0] ?? '';
  const org = ORG_PREFIXES.has(first);
  if (!org && !TYPES.has(first) && !RELIGIONS.has(first) && first.length === 3) out.country = first;
  chunks.forEach((c, i) => {
    if (i === 0 && out.country !== '') return;
    if (TYPES.has(c)) types.push(c);
    else if (RELIGIONS.has(c)) religions.push(c);
    else if (org && !REGIONS.has(c) && c.length === 3) out.knownGroup = c;
  });
  [out.type1 = '', out.type2 = '', out.type3 = ''] = types;
  [out.religion1 = '', out.religion2 = ''] = religions;
  return out;
}

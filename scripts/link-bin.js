// Makes `npx sitrep` work inside this checkout: npm links the bins of dependencies into node_modules/.bin,
// not the project's own, so the install step links ours there too.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/sitrep', { force: true });
symlinkSync('../../bin/sitrep.js', 'node_modules/.bin/sitrep');

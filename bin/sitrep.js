#!/usr/bin/env -S node --max-old-space-size=320
// The heap cap keeps long batch runs compact: V8 collects earlier and the run is faster and smaller (measured on
// the 50,000-sentence benchmark corpus: 438 MB → 223 MB peak, 22.4 s → 17.8 s). Worker threads get their own cap.
// (--single-threaded was tried on 2026-11-28: +15-20% sentences/s on the benchmark corpus with two workers, but
// start-up compiles on the main thread then, and a cold start with the Phoenix dictionaries went from 0.83-0.91 s to
// 1.02-1.19 s, over the 1 s bar; it is left out until the batch path can have it without the start-up cost.)
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm install` via the prepare script).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

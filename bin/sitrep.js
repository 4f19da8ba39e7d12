#!/usr/bin/env -S node --max-old-space-size=320 --single-threaded
// The heap cap keeps long batch runs compact: V8 collects earlier and the run is faster and smaller (measured on
// the 50,000-sentence benchmark corpus: 438 MB → 223 MB peak, 22.4 s → 17.8 s). Worker threads get their own cap.
// --single-threaded keeps V8's compiler and collector on each isolate's own thread: with two coding workers on two
// cores their helper threads only compete with the workers (same corpus, seven alternating pairs on 2026-11-28:
// user CPU lower in six, wall 11.94 s vs 12.64 s mean of the last three, peak 306-321 MB vs 327-345 MB).
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm install` via the prepare script).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

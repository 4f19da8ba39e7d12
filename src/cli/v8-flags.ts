/**
 * The V8 flags the coder runs under: set by the command line (`src/cli/main.ts`) before any command module is loaded,
 * and by the stages benchmark (`bench/stages.bench.ts`) before it builds a coder, so its per-stage figures describe
 * the CLI. One list for both.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * `--max-optimized-bytecode-size=2000`: V8 leaves functions of more than 2,000 bytes of bytecode to its baseline
 * compiler instead of optimising them (default 60 KB). The coder's large functions (the clause loop of codeClauses,
 * codeNouns, matchVerb, buildClause, resolveSentence) were optimised again and again as new paths and object shapes
 * reached them, on background threads, and every worker thread of a batch pays that compiling again: on 1,000 corpus
 * documents with two workers V8's pool threads used 5.4 s of the run's 13.3 s CPU, 4.8 s of it compiling
 * (`--single-threaded-gc` left that much). History: 8,000 was chosen on 2026-11-28 (500 corpus documents, one thread:
 * 6.03-6.05 s vs 6.40-6.62 s user CPU against V8's default; stages bench 2026-11-29: 8,000 419 µs CPU per sentence,
 * 12,000 458, the default 490). Measured 2026-11-29 on `sitrep code --input jsonl`, built-in dictionaries, two
 * workers, load 15-22, runs alternated: 1,000 documents (2 to 4 runs each) user CPU medians 8,000 13.1 s, 5,000 12.2,
 * 3,000 11.5, 2,000 11.3, 1,000 11.0; the 50,000-sentence corpus (3 runs each) 8,000 22.9 s user (23.5 s CPU, peak
 * 307 MB), 2,000 20.9 s (21.3 s, 299 MB), 1,000 21.6 s (22.0 s, 292 MB). Warmed up (stages bench, 300 documents,
 * two runs alternated), 2,000 is no slower than 8,000 (311 and 289 vs 313 and 334 µs CPU per sentence) and 1,000 is
 * (395-398 vs 345-371): 2,000 costs least over a whole batch, compiling included. Output identical.
 * Tried on top of it 2026-11-29 (`sitrep code --input jsonl`, built-in dictionaries, two workers, load 17-28, runs side
 * by side; user CPU): 400 corpus documents, `--no-lazy-feedback-allocation` 13.2/13.3 s vs 12.1/12.3 (worse);
 * `--interrupt-budget=135168` (twice V8's) 11.5/11.9 vs 12.1/12.3 but on the 50,000-sentence corpus 41.28 vs 41.27 s
 * (nothing); `--no-flush-bytecode` 11.73 and `--single-threaded-gc` 11.67 vs 11.78 (nothing). `--no-opt`: 200
 * documents 5.46 vs 5.94 s, 400 documents 9.30 vs 8.60 (TurboFan pays for itself after some 300 documents).
 */
export const CODER_V8_FLAGS: readonly string[] = ['--max-optimized-bytecode-size=2000'];

/**
 * Sets `CODER_V8_FLAGS` on this process. Flags are the process's, so worker threads started later get them too; they
 * take effect for functions V8 has not yet optimised, so call this before the coder runs (loading its modules first
 * is fine: nothing is optimised before it runs).
 */
export function applyCoderV8Flags(): void {
  for (const flag of CODER_V8_FLAGS) setFlagsFromString(flag);
}

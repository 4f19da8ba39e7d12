/**
 * The V8 flags the coder runs under: set by the command line (`src/cli/main.ts`) before any command module is loaded,
 * and by the stages benchmark (`bench/stages.bench.ts`) before it builds a coder, so its per-stage figures describe
 * the CLI. One list for both.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * `--max-optimized-bytecode-size=8000`: V8 leaves functions of more than 8,000 bytes of bytecode to its baseline
 * compiler instead of optimising them (default 60 KB). The coder's largest functions (the clause loop of codeClauses,
 * codeNouns, linkClauses) were optimised again and again as new paths and object shapes reached them, on background
 * threads; measured 2026-11-28 on 500 corpus documents, one thread, three runs alternated: 6.03-6.05 s vs 6.40-6.62 s
 * user CPU and 227-236 MB vs 285-317 MB peak, output identical. Re-measured 2026-11-29 (stages bench, 600 documents, a
 * loaded machine, runs alternated): 8,000 median 419 µs CPU per sentence (6 runs), 12,000 (which lets linkClauses, 10.1
 * KB, be optimised) 458 (6), V8's default (which lets codeClauses' clause callback, 46 KB, be optimised) 490 (3, slower
 * than 8,000 in each of its rounds): 8,000 stays.
 */
export const CODER_V8_FLAGS: readonly string[] = ['--max-optimized-bytecode-size=8000'];

/**
 * Sets `CODER_V8_FLAGS` on this process. Flags are the process's, so worker threads started later get them too; they
 * take effect for functions V8 has not yet optimised, so call this before the coder runs (loading its modules first
 * is fine: nothing is optimised before it runs).
 */
export function applyCoderV8Flags(): void {
  for (const flag of CODER_V8_FLAGS) setFlagsFromString(flag);
}

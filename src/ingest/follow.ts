/**
 * `sitrep ingest --follow FEED…`: polls feeds every `intervalMs`, ingesting the items that are not
 * stored yet (items already stored are not fetched again). Stops after `polls` rounds when given,
 * or when `signal` aborts (Ctrl-C); a feed that fails one round is reported and tried again the next.
 */
import { emptyCounts, runIngest, type IngestContext, type IngestCounts, type RunOptions } from './ingest.js';

export interface FollowOptions extends RunOptions {
  intervalMs: number;
  /** Rounds to run (default: until aborted). */
  polls?: number;
  signal?: AbortSignal;
  /** Called after every round with that round's counts. */
  onRound?: (round: number, counts: IngestCounts) => void;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs the polling loop; returns the counts over all rounds. */
export async function followFeeds(ctx: IngestContext, feeds: readonly string[], opts: FollowOptions): Promise<IngestCounts> {
  const total = emptyCounts();
  for (let round = 1; opts.polls === undefined || round <= opts.polls; round++) {
    if (opts.signal?.aborted) break;
    const counts = await runIngest(ctx, feeds, { ...opts, kind: opts.kind ?? 'feed', skipKnownItems: true });
    for (const k of Object.keys(total) as (keyof IngestCounts)[]) total[k] += counts[k];
    opts.onRound?.(round, counts);
    if (opts.polls !== undefined && round >= opts.polls) break;
    await sleep(opts.intervalMs, opts.signal);
  }
  return total;
}

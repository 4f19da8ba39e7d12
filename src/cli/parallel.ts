/**
 * Coding a large batch on every core: documents go to worker threads in chunks, and their output is written
 * back in input order. Each worker holds its own dictionaries (compact, and loaded from the lexicon cache) and
 * model, so memory grows with the thread count; a capped old generation keeps each worker's resident set down.
 *
 * What the workers cost in CPU (2026-11-29, 50,000-sentence corpus, built-in dictionaries, load 17-28, user CPU, runs
 * side by side): two workers 41.27 and 42.40 s, one thread (`--threads 1`, no worker) 35.33 and 35.31 s, 14-17% less,
 * for 774/550 s vs 908/706 s wall. The main thread is idle (98% of its profile) and reading, cloning the chunks and
 * writing are not the cost: every worker starts cold. Coding the first 200 documents in one thread costs 6.0 s, the
 * next 200 2.6 s (start-up, 0.9 s on one document, then compiling, lazily built indexes and V8's feedback), and each
 * worker pays that again; two workers on 400 documents 12.7 s vs 8.6 s in one thread. Coding on the main thread in
 * place of a worker still leaves two cold coders; coding there as well makes three.
 *
 * What a cold coder spends (2026-11-29, one thread, built-in dictionaries, process CPU with V8's own threads, load
 * 20-25): loading the coder's modules 0.08-0.13 s, `createCoder` 0.04-0.08 s, the first document 0.72-0.87 s (chrono's
 * module and first parses, which compile its regular expressions, about 40% of it; the verb patterns' word tables and
 * wink's model, 0.15-0.2 s each), the first 200 documents 5.9-7.4 s. Of those 200, V8's background threads use 3.0-3.5 s
 * (thread times from /proc): TurboFan compiling the hot functions, several of them three times as new paths reach them
 * (`groupMention`, `buildClause`, `matchVerb` are the largest jobs); with `--no-concurrent-recompilation` the coding thread
 * does it instead, for the same total. The next 200 documents add only 0.2-0.6 s of background time.
 */
import { Worker } from 'node:worker_threads';
import type { CoderOptions } from '../coder.js';
import { SitrepError } from '../errors.js';
import type { InputDoc } from '../types.js';
import type { WorkerInit, WorkerReply } from './code-worker.js';

/**
 * Documents per message. Small enough that the last chunks even out between the workers (a chunk of 10 corpus
 * documents, some 200 sentences, is a tenth of a second of coding), large enough that messages cost nothing.
 */
const CHUNK = 10;
/**
 * Chunks each worker holds at a time: the one it codes and the next, so it never waits for this thread to answer
 * (which, on a busy machine, can take a scheduler slice) before it starts the next one.
 */
const DEPTH = 2;

export interface ParallelResult {
  bad: number;
}

/** Codes `docs` on `threads` workers; documents are taken from the iterator a chunk at a time, as workers ask. */
export async function codeInParallel(docs: Iterator<InputDoc>, coder: CoderOptions, format: string, threads: number): Promise<ParallelResult> {
  const url = new URL('./code-worker.js', import.meta.url);
  let more = true;
  const nextChunk = (): InputDoc[] => {
    const chunk: InputDoc[] = [];
    if (more) {
      for (let r = docs.next(); ; r = docs.next()) {
        if (r.done) {
          more = false;
          break;
        }
        if (chunk.push(r.value) === CHUNK) break;
      }
    }
    return chunk;
  };
  let next = 0;
  let written = 0;
  let bad = 0;
  const done = new Map<number, string>();
  const workers: Worker[] = [];
  const write = (): void => {
    const parts: string[] = [];
    while (done.has(written)) {
      parts.push(done.get(written) ?? '');
      done.delete(written);
      written++;
    }
    if (parts.length) process.stdout.write(parts.join(''));
  };
  try {
    await new Promise<void>((resolve, reject) => {
      for (let w = 0; w < threads; w++) {
        const { read, ...plain } = coder;
        const init: WorkerInit = { coder: plain, strict: !read?.onError, format, warn: w === 0 };
        // young generation 16 MB, a third of V8's default: it doubles the scavenges (on the 50,000-sentence corpus,
        // built-in dictionaries, two workers: 505 vs 280; 16.9-18.2 s vs 16.1-17.3 s user) but keeps the peak
        // resident set under the 400 MB goal with the Phoenix dictionaries (48 MB measured 407 MB)
        // (measured 2026-11-28, Phoenix dictionaries, two runs side by side: 32 MB used the same user CPU, 27.07 vs
        // 26.98 s, and peaked at 382 vs 338 MB.) V8 flags are per process: v8.setFlagsFromString('--single-threaded')
        // before starting the workers aborts V8 in the main thread's next GC; coding processes started with
        // --single-threaded (fork) peaked at 417-427 MB vs 304-308 MB here, with no user CPU saved on a loaded machine.
        const resourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };
        const worker = new Worker(url, { workerData: init, resourceLimits });
        workers.push(worker);
        // The first chunks are sent at once: they wait in the worker's queue while it loads its dictionaries.
        const feed = (): void => {
          const chunk = nextChunk();
          if (chunk.length) {
            worker.postMessage({ seq: next, docs: chunk });
            next++;
          } else if (written === next) resolve();
        };
        for (let k = 0; k < DEPTH; k++) feed();
        worker.on('message', (m: WorkerReply) => {
          if (m.kind === 'warning') process.stderr.write(`sitrep: warning: ${m.message}\n`);
          else if (m.kind === 'fatal') reject(new SitrepError(m.message.split(':')[0] ?? 'E_INTERNAL', m.message.slice(m.message.indexOf(':') + 1).trim()));
          else {
            for (const e of m.errors) {
              bad++;
              process.stderr.write(`sitrep: ${e}\n`);
            }
            done.set(m.seq, m.text);
            write();
            feed();
          }
        });
        worker.on('error', reject);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  write();
  return { bad };
}

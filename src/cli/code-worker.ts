/**
 * A coding worker for `sitrep code` on large batches: it loads the dictionaries once, then codes the chunks
 * of documents it is sent and returns the rendered output, so the main thread only reads and writes. Chunks sent
 * while it loads wait in its port's queue until it listens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder, type BatchError, type CoderOptions } from '../coder.js';
import { SitrepError } from '../errors.js';
import type { InputDoc } from '../types.js';
import { isBatchError, renderBatch } from './render.js';

export interface WorkerInit {
  /** Coder options without `read` (functions don't cross threads): `strict` says how to treat bad lines. */
  coder: CoderOptions;
  strict: boolean;
  format: string;
  /** Whether this worker reports dictionary warnings (only one of them does). */
  warn: boolean;
}

export type WorkerReply =
  | { kind: 'warning'; message: string }
  | { kind: 'fatal'; message: string }
  | { kind: 'chunk'; seq: number; text: string; errors: string[] };

const init = workerData as WorkerInit;
const port = parentPort;
if (port) {
  try {
    const coder = createCoder({
      ...init.coder,
      read: !init.strict
        ? {
            onError: (e) => {
              if (init.warn) port.postMessage({ kind: 'warning', message: `${e.code}: ${e.message} (line skipped)` } satisfies WorkerReply);
            },
          }
        : {},
    });
    port.on('message', (msg: { seq: number; docs: InputDoc[] }) => {
      const parts: string[] = [];
      const errors: string[] = [];
      const rendered = renderBatch(coder, msg.docs, init.format);
      msg.docs.forEach((d, k) => {
        try {
          const r = rendered[k] as Iterable<string> | BatchError;
          if (isBatchError(r)) throw r.error;
          for (const chunk of r) parts.push(chunk);
        } catch (e) {
          errors.push(`E_DOC: ${d.id}: could not be coded: ${(e as Error).message.split('\n')[0] ?? ''}`);
        }
      });
      port.postMessage({ kind: 'chunk', seq: msg.seq, text: parts.join(''), errors } satisfies WorkerReply);
    });
  } catch (e) {
    const message = e instanceof SitrepError ? `${e.code}: ${e.message}` : `E_INTERNAL: ${(e as Error).message}`;
    port.postMessage({ kind: 'fatal', message } satisfies WorkerReply);
  }
}

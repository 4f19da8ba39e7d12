/**
 * Ingest: sources → documents → coder → store. A document whose id and text are already stored
 * is not coded again (its text hash is compared first), so re-ingesting changes nothing and
 * costs little. One bad document or source is reported and skipped; it never loses the others.
 */
import { createHash } from 'node:crypto';
import type { Coder } from '../coder.js';
import { SitrepError } from '../errors.js';
import type { Store } from '../store/types.js';
import type { InputDoc } from '../types.js';
import { Progress } from './progress.js';
import { expandInputs, loadSource, type SourceOptions } from './sources.js';

export interface IngestCounts {
  /** Documents read. */
  documents: number;
  /** Documents stored for the first time, or stored again with a changed text. */
  inserted: number;
  /** Documents already stored with the same text (feed items already stored count here too). */
  unchanged: number;
  /** New events (happenings) created. */
  events: number;
  /** Reports added to events that other documents had already created. */
  merged: number;
  /** Documents or sources reported as unusable. */
  failed: number;
}

export const emptyCounts = (): IngestCounts => ({ documents: 0, inserted: 0, unchanged: 0, events: 0, merged: 0, failed: 0 });

export interface IngestContext {
  store: Store;
  coder: Coder;
  /** Where errors go (one line each). */
  report: (e: Error) => void;
  /** Where non-fatal notes go (default: nowhere). */
  warn?: (msg: string) => void;
  progress?: Progress;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Codes and stores one document, adding to `counts`. */
export async function ingestDoc(ctx: IngestContext, doc: InputDoc, counts: IngestCounts): Promise<void> {
  counts.documents++;
  try {
    const stored = await ctx.store.getDocument(doc.id);
    if (stored !== null && stored.text_hash === sha256(doc.text)) {
      counts.unchanged++;
      return;
    }
    const result = ctx.coder.codeDoc(doc);
    // Assigned, not spread: the result's `places` layer is computed when first read.
    if (doc.url !== undefined) result.url = doc.url;
    if (doc.title !== undefined) result.title = doc.title;
    if (doc.source !== undefined) result.source = doc.source;
    const put = await ctx.store.putDocument(Object.assign(result, { text: doc.text }));
    if (!put.inserted) {
      counts.unchanged++;
      return;
    }
    counts.inserted++;
    counts.events += put.created.length;
    counts.merged += put.merged.length;
  } catch (e) {
    counts.failed++;
    const msg = (e as Error).message.split('\n')[0] ?? '';
    ctx.report(e instanceof SitrepError && e.code !== 'E_INTERNAL' ? new SitrepError(e.code, `${doc.id}: ${msg}`) : new SitrepError('E_DOC', `${doc.id}: could not be ingested: ${msg}`));
  }
}

export interface RunOptions extends Omit<SourceOptions, 'onError' | 'onWarning' | 'known'> {
  /** Skip feed items already stored without fetching them (default true). */
  skipKnownItems?: boolean;
}

/** Ingests every argument (file, directory, URL); returns the counts. */
export async function runIngest(ctx: IngestContext, inputs: readonly string[], opts: RunOptions, counts: IngestCounts = emptyCounts()): Promise<IngestCounts> {
  const fail = (e: Error): void => {
    counts.failed++;
    ctx.report(e);
  };
  const sources = expandInputs(inputs, fail, opts.cwd);
  const progress = ctx.progress;
  let remaining = sources.length;
  const state = (): { done: number; total: number; inserted: number; unchanged: number; failed: number } => ({
    done: counts.documents, total: counts.documents + pending + remaining, inserted: counts.inserted, unchanged: counts.unchanged, failed: counts.failed,
  });
  let pending = 0;
  const srcOpts: SourceOptions = {
    ...opts,
    onError: fail,
    onWarning: (m) => ctx.warn?.(m),
  };
  if (opts.skipKnownItems !== false) srcOpts.known = async (id) => (await ctx.store.getDocument(id)) !== null;
  for (const src of sources) {
    const loaded = await loadSource(src, srcOpts);
    remaining--;
    counts.documents += loaded.known;
    counts.unchanged += loaded.known;
    pending = loaded.docs.length;
    for (const doc of loaded.docs) {
      pending--;
      await ingestDoc(ctx, doc, counts);
      progress?.update(state());
    }
  }
  progress?.finish(state());
  return counts;
}

/** `12 documents: 10 new, 2 unchanged, 0 failed; 25 events, 3 reports merged into existing events` */
export function summary(c: IngestCounts): string {
  return `${c.documents} documents: ${c.inserted} new, ${c.unchanged} unchanged, ${c.failed} failed; ${c.events} events, ${c.merged} reports merged into existing events`;
}

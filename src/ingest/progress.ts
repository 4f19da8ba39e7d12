/**
 * Progress of a long ingest on standard error: a bar redrawn in place when stderr is a terminal,
 * otherwise one line every `everyMs` (logs and CI stay readable). Error lines written through
 * `line()` clear the bar first so they never mix with it.
 */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface ProgressState {
  done: number;
  total: number;
  inserted: number;
  unchanged: number;
  failed: number;
}

export class Progress {
  private last = 0;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly out: ProgressSink,
    private readonly opts: { everyMs?: number; now?: () => number; enabled?: boolean } = {},
  ) {
    this.started = this.now();
    this.last = this.started;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  /** Reports the state; draws at most every 100 ms on a terminal, every `everyMs` (5 s) otherwise. */
  update(s: ProgressState, force = false): void {
    if (this.opts.enabled === false) return;
    const t = this.now();
    const every = this.tty ? 100 : (this.opts.everyMs ?? 5000);
    if (!force && t - this.last < every) return;
    this.last = t;
    const secs = Math.max(0.001, (t - this.started) / 1000);
    const rate = s.done / secs;
    const counts = `${s.done}/${s.total} docs · ${s.inserted} new · ${s.unchanged} unchanged · ${s.failed} failed · ${rate.toFixed(1)} docs/s`;
    if (!this.tty) {
      this.out.write(`sitrep: ingest: ${counts}\n`);
      return;
    }
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - counts.length - 10));
    const frac = s.total > 0 ? Math.min(1, s.done / s.total) : 0;
    const fill = Math.round(frac * width);
    this.out.write(`\r\x1b[2K[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(Math.round(frac * 100)).padStart(3)}% ${counts}`);
    this.drawn = true;
  }

  /** Writes a whole line (an error report) without breaking the bar. */
  line(text: string): void {
    if (this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
    this.out.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Draws the final state on a terminal and ends the bar's line (the caller prints the summary). */
  finish(s?: ProgressState): void {
    if (s !== undefined && this.tty && this.drawn) this.update(s, true);
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}

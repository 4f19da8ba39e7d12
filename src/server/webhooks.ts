/**
 * Webhook delivery: one POST per alert with a JSON body, a timeout, and no retries. At most `concurrency`
 * deliveries run at once and at most `queueLimit` wait; beyond that an alert's webhook is dropped (and counted)
 * rather than piling up — the alert itself is stored and on the stream either way.
 */
export interface WebhookOptions {
  timeoutMs?: number;
  concurrency?: number;
  queueLimit?: number;
  log?: (line: string) => void;
}

export interface DeliveryStats {
  delivered: number;
  failed: number;
  dropped: number;
}

interface Job {
  url: string;
  body: string;
}

export class Webhooks {
  readonly stats: DeliveryStats = { delivered: 0, failed: 0, dropped: 0 };
  private readonly queue: Job[] = [];
  private running = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly queueLimit: number;
  private readonly log: (line: string) => void;

  constructor(opts: WebhookOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.concurrency = opts.concurrency ?? 8;
    this.queueLimit = opts.queueLimit ?? 1000;
    this.log = opts.log ?? (() => undefined);
  }

  send(url: string, payload: unknown): void {
    if (this.queue.length >= this.queueLimit) {
      this.stats.dropped++;
      this.log(`webhook queue full: dropped a delivery to ${url}`);
      return;
    }
    this.queue.push({ url, body: JSON.stringify(payload) });
    this.pump();
  }

  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const job = this.queue.shift() as Job;
      this.running++;
      void this.deliver(job).finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) for (const w of this.waiters.splice(0)) w();
      });
    }
  }

  private async deliver(job: Job): Promise<void> {
    try {
      const res = await fetch(job.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'sitrep-webhook' },
        body: job.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await res.body?.cancel();
      if (res.ok) this.stats.delivered++;
      else {
        this.stats.failed++;
        this.log(`webhook ${job.url}: HTTP ${res.status}`);
      }
    } catch (e) {
      this.stats.failed++;
      this.log(`webhook ${job.url}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

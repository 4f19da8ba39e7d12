/**
 * Server-sent events: one hub, many subscribers. Each message has an increasing id; the last 200 are kept so a
 * client that reconnects with `Last-Event-ID` gets what it missed. A comment line every 25 s keeps proxies open.
 */
const encoder = new TextEncoder();
const KEEP = 200;
const HEARTBEAT_MS = 25_000;

export type StreamKind = 'event' | 'alert' | 'operation';

interface Message {
  id: number;
  frame: Uint8Array;
}

export class Hub {
  private readonly clients = new Set<ReadableStreamDefaultController<Uint8Array>>();
  private readonly recent: Message[] = [];
  private seq = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  get size(): number {
    return this.clients.size;
  }

  publish(kind: StreamKind, data: unknown): void {
    const id = ++this.seq;
    const frame = encoder.encode(`id: ${id}\nevent: ${kind}\ndata: ${JSON.stringify(data)}\n\n`);
    this.recent.push({ id, frame });
    if (this.recent.length > KEEP) this.recent.shift();
    for (const c of this.clients) {
      try {
        c.enqueue(frame);
      } catch {
        this.clients.delete(c);
      }
    }
  }

  /** A new subscriber's stream; `lastId` replays the kept messages after it. */
  subscribe(lastId: number | null = null): ReadableStream<Uint8Array> {
    let self: ReadableStreamDefaultController<Uint8Array> | null = null;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        self = controller;
        controller.enqueue(encoder.encode(`retry: 3000\n: connected\n\n`));
        if (lastId !== null) for (const m of this.recent) if (m.id > lastId) controller.enqueue(m.frame);
        this.clients.add(controller);
        this.startHeartbeat();
      },
      cancel: () => {
        if (self !== null) this.clients.delete(self);
        this.stopHeartbeatIfIdle();
      },
    });
  }

  close(): void {
    for (const c of this.clients) {
      try {
        c.close();
      } catch {
        // already closed by the client
      }
    }
    this.clients.clear();
    this.stopHeartbeatIfIdle();
  }

  private startHeartbeat(): void {
    if (this.heartbeat !== null) return;
    const ping = encoder.encode(': ping\n\n');
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) {
        try {
          c.enqueue(ping);
        } catch {
          this.clients.delete(c);
        }
      }
      this.stopHeartbeatIfIdle();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private stopHeartbeatIfIdle(): void {
    if (this.clients.size === 0 && this.heartbeat !== null) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }
}

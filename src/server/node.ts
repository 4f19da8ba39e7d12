/**
 * Puts an `App` on a node:http server: the request body is read up to the app's limit (413 beyond it), the
 * response is streamed (so server-sent events flow), and a client that goes away cancels its stream.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY, type App } from './app.js';

export interface Listening {
  server: Server;
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function bridge(app: App, req: IncomingMessage, res: ServerResponse, base: string, maxBody: number): Promise<void> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
  }
  const method = req.method ?? 'GET';
  let body: Buffer | null = null;
  if (method !== 'GET' && method !== 'HEAD') {
    body = await readBody(req, maxBody);
    if (body === null) {
      res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ error: { code: 'E_TOO_LARGE', message: `request body over ${maxBody} bytes` } }));
      return;
    }
  }
  const request = new Request(new URL(req.url ?? '/', base), { method, headers, ...(body !== null ? { body: new Uint8Array(body) } : {}) });
  const response = await app.fetch(request);
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => {
    out[k] = v;
  });
  res.writeHead(response.status, out);
  if (response.body === null || method === 'HEAD') {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => {
    void reader.cancel().catch(() => undefined);
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    if (res.destroyed) break;
  }
  res.end();
}

/** Listens on host:port (port 0 picks a free one). */
export function listen(app: App, opts: { port: number; host: string; maxBody?: number }): Promise<Listening> {
  const maxBody = opts.maxBody ?? MAX_BODY;
  let base = 'http://localhost';
  const server = createServer((req, res) => {
    bridge(app, req, res, base, maxBody).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(res.headersSent ? undefined : JSON.stringify({ error: { code: 'E_INTERNAL', message: 'internal error' } }));
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const addr = server.address() as AddressInfo;
      const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      base = `http://${host}:${addr.port}`;
      resolve({
        server,
        url: base,
        close: () => new Promise<void>((done) => {
          app.close();
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

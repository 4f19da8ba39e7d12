/**
 * Fetching for ingest, with the guards the issue asks for: a timeout over the whole request, a size
 * cap (the Content-Length is checked first, then the bytes as they arrive), a content-type check
 * by the caller's list, at most five redirects (each hop checked again), and no connection to a
 * loopback, private or link-local address unless `allowPrivate`. The address check runs inside
 * the socket's DNS lookup, so the address checked is the address connected to (a host name that
 * resolves to 127.0.0.1 is refused as surely as the literal).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { SitrepError } from '../errors.js';
import { blockedRange } from './address.js';

export interface FetchOptions {
  /** Milliseconds for the whole exchange, redirects included (default 15 000). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Allow loopback, private and link-local addresses. */
  allowPrivate?: boolean;
  /** Content types accepted (media type, without parameters); empty accepts any. */
  accept?: readonly string[];
}

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  contentType: string;
  body: Uint8Array;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export const fetchError = (url: string, what: string): SitrepError => new SitrepError('E_FETCH', `${url}: ${what}`);

/** A `lookup` for sockets that refuses blocked addresses. */
function guardedLookup(url: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => blockedRange(a.address) !== null);
      if (bad !== undefined) {
        return callback(fetchError(url, `refused: ${hostname} resolves to ${bad.address} (${blockedRange(bad.address)} address; use --allow-private to allow)`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (first === undefined) return callback(fetchError(url, `${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function hostOf(u: URL): string {
  return u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
}

/** Throws E_FETCH when a URL is not http(s) or names a refused literal address. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw fetchError(raw, 'not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw fetchError(raw, `unsupported scheme ${u.protocol} (http and https only)`);
  const host = hostOf(u);
  if (!allowPrivate) {
    if (isIP(host)) {
      const range = blockedRange(host);
      if (range !== null) throw fetchError(raw, `refused: ${host} is a ${range} address (use --allow-private to allow)`);
    } else if (host === 'localhost' || host.endsWith('.localhost')) {
      throw fetchError(raw, `refused: ${host} is a loopback name (use --allow-private to allow)`);
    }
  }
  return u;
}

function request(u: URL, opts: Required<FetchOptions>, signal: AbortSignal): Promise<IncomingMessage> {
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.get(u, {
      signal,
      headers: { 'user-agent': 'sitrep-ingest/0.1', accept: opts.accept.length ? `${opts.accept.join(', ')};q=1, */*;q=0.1` : '*/*' },
      ...(opts.allowPrivate ? {} : { lookup: guardedLookup(u.href) }),
    });
    req.on('response', resolve);
    req.on('error', reject);
  });
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

async function readCapped(res: IncomingMessage, url: string, max: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > max) {
      res.destroy();
      throw fetchError(url, `response larger than ${formatBytes(max)} (refused; see --max-bytes)`);
    }
    parts.push(b);
  }
  return new Uint8Array(Buffer.concat(parts));
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

/** Fetches one URL under the guards above; every failure is an E_FETCH naming the URL. */
export async function fetchGuarded(raw: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts: Required<FetchOptions> = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    allowPrivate: options.allowPrivate ?? false,
    accept: options.accept ?? [],
  };
  let u = checkUrl(raw, opts.allowPrivate);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      let res: IncomingMessage;
      try {
        res = await request(u, opts, controller.signal);
      } catch (e) {
        if (e instanceof SitrepError) throw e;
        if (controller.signal.aborted) throw fetchError(raw, `timed out after ${opts.timeoutMs} ms`);
        const code = (e as NodeJS.ErrnoException).code;
        throw fetchError(raw, `cannot connect (${code ?? (e as Error).message})`);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location !== undefined) {
        res.resume();
        if (hop >= MAX_REDIRECTS) throw fetchError(raw, `more than ${MAX_REDIRECTS} redirects`);
        u = checkUrl(new URL(res.headers.location, u).href, opts.allowPrivate);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw fetchError(raw, `HTTP ${status}`);
      }
      const type = mediaType(res.headers['content-type']);
      if (opts.accept.length && !opts.accept.includes(type)) {
        res.resume();
        throw fetchError(raw, `unexpected content type "${type || 'none'}" (expected ${opts.accept.join(', ')})`);
      }
      const length = Number(res.headers['content-length'] ?? NaN);
      if (Number.isFinite(length) && length > opts.maxBytes) {
        res.destroy();
        throw fetchError(raw, `response of ${formatBytes(length)} is larger than ${formatBytes(opts.maxBytes)} (refused; see --max-bytes)`);
      }
      try {
        const body = await readCapped(res, raw, opts.maxBytes);
        return { url: u.href, contentType: type, body };
      } catch (e) {
        if (e instanceof SitrepError) throw e;
        if (controller.signal.aborted) throw fetchError(raw, `timed out after ${opts.timeoutMs} ms`);
        throw fetchError(raw, `read failed (${(e as Error).message})`);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

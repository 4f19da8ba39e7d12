/**
 * A small method + path router: patterns are literal segments and `:name` parameters. A path that exists
 * with another method is 405, a path that does not exist 404 (both as SitrepErrors, mapped in errors.ts).
 */
import { SitrepError } from '../errors.js';

export interface Ctx {
  req: Request;
  url: URL;
  params: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Promise<Response> | Response;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter((p) => p !== ''), handler });
    return this;
  }

  /** The handler for a request, or null when no route has this path. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
    const segs = path.split('/').filter((p) => p !== '');
    let pathExists = false;
    for (const r of this.routes) {
      const params = matchParts(r.parts, segs);
      if (params === null) continue;
      pathExists = true;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { handler: r.handler, params };
    }
    if (pathExists) throw new SitrepError('E_METHOD', `${method} is not allowed on ${path}`);
    return null;
  }
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | null {
  if (parts.length !== segs.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    const s = segs[i] as string;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(s);
      } catch {
        return null;
      }
    } else if (p !== s) return null;
  }
  return params;
}

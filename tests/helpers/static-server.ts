/**
 * A tiny, dependency-free static file server for browser tests and benchmarks.
 *
 * Serves `dir` on 127.0.0.1 with an OS-assigned port, the way a static host would:
 * `index.html` for directory paths (and a redirect from `/foo` to `/foo/`), content
 * types by extension, `404.html` for missing files, nothing outside the root; gzip on request.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface ServeOptions {
  /** Gzip text responses for clients that accept it, as static hosts do (for page-speed measurements). Default false. */
  gzip?: boolean;
}

const isText = (type: string) => /^text\/|json|javascript|xml|svg/.test(type);

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, status = 200, options: ServeOptions = {}): void {
  const type = contentType(path);
  const gzip = options.gzip === true && isText(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const file = createReadStream(path).on('error', () => res.destroy());
  (gzip ? file.pipe(createGzip()) : file).pipe(res);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const notFoundPage = join(root, '404.html');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
      return;
    }
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    // Leading slashes collapsed, so a redirect can never point at another host ('//host/').
    const rawPath = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/^\/*/, '/');
    const search = queryAt === -1 ? '' : raw.slice(queryAt);
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      sendText(res, 400, 'Bad Request');
      return;
    }
    // Catches `..` segments, plain or encoded (%2e%2e, %2f).
    const target = resolve(root, `.${pathname}`);
    if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
      sendText(res, 403, 'Forbidden');
      return;
    }

    if (pathname.endsWith('/')) {
      const index = join(target, 'index.html');
      if (await isFile(index)) return sendFile(req, res, index, 200, options);
    } else if (await isFile(target)) {
      return sendFile(req, res, target, 200, options);
    } else if (await isFile(join(target, 'index.html'))) {
      res.writeHead(301, { location: `${rawPath}/${search}` });
      res.end();
      return;
    }

    if (await isFile(notFoundPage)) return sendFile(req, res, notFoundPage, 404, options);
    sendText(res, 404, 'Not Found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

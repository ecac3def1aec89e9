/**
 * A tiny static file server over dist/ for the browser tests: 127.0.0.1, a free port chosen by the
 * system, the MIME types the pages need, and a log of every request path (so a test can see what
 * the page asked for).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
import { buildOnce, distIsStale, markBuilt } from './staleDist';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:43817" (no trailing slash). */
  origin: string;
  /** Every request path, in order, query included. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` read-only; paths outside it, and missing files, are 404. */
export function startServer(dir: string = DIST): Promise<StaticServer> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    let rel: string;
    try {
      rel = decodeURIComponent(url.split('?')[0].split('#')[0]);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, '.' + rel);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': mimeType(file), 'Cache-Control': 'no-store', 'Content-Length': data.length });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Builds dist/ when `page` is not there yet or is older than a source of the pages (staleDist.ts), so that a
 * working copy never tests old pages; CI runs `npm run build` before the tests, which leaves dist/ fresh and
 * builds nothing more. One build for all of jest's workers. Five minutes at most: the build is slow on a busy machine.
 */
export function ensureBuilt(page: string): void {
  if (!distIsStale(ROOT, DIST, page)) return;
  buildOnce(
    ROOT,
    () => distIsStale(ROOT, DIST, page),
    () => {
      // webpack's own process, not npx's: on a timeout the build itself is stopped, not left running alone.
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 5 * 60_000,
      });
      if (!fs.existsSync(path.join(DIST, page))) throw new Error(`the build made no dist/${page}`);
      markBuilt(DIST);
    },
  );
}

/** The Chromium the tests drive: Debian's, never a downloaded one. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

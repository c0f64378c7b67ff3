// The static demo's end-to-end server, as a static host would serve
// `npm run build:demo`: builds the demo into a folder of its own, then
// serves its files alone, with the fallback to index.html that deep links
// need. Nothing answers XL Deploy's paths: the service worker must.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createLogger } from '../../src/log.ts';
import { DEMO_PORT } from './demo-env.ts';

const log = createLogger('e2e-demo');

const BUILD_FOLDER = fileURLToPath(
  new URL('../../node_modules/.cache/e2e-demo/', import.meta.url),
);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function buildDemo(): Promise<void> {
  await build({
    configFile: fileURLToPath(
      new URL('../../src/demo/vite.config.ts', import.meta.url),
    ),
    logLevel: 'warn',
    build: { outDir: BUILD_FOLDER, emptyOutDir: true },
  });
}

async function sendFile(response: ServerResponse, path: string) {
  const body = await readFile(join(BUILD_FOLDER, path));
  const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type });
  response.end(body);
}

function serve(): void {
  createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://demo').pathname);
    // A static host has no XL Deploy and no proxy behind it.
    if (path.startsWith('/deployit') || path.startsWith('/api/')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('A static host serves files only');
      return;
    }
    const file = extname(path) === '' ? 'index.html' : path;
    sendFile(response, file).catch(() => {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
    });
  }).listen(DEMO_PORT, () => {
    log.info(`static demo at http://localhost:${DEMO_PORT}/`);
  });
}

try {
  await buildDemo();
  serve();
} catch (error) {
  log.error(`cannot build the static demo: ${String(error)}`);
  process.exit(1);
}

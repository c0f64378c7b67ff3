// The static demo's end-to-end server, as a static host would serve
// `npm run build:demo`: builds the demo into a folder of its own, then
// serves its files alone, with the fallback to index.html that deep links
// need. Nothing answers XL Deploy's paths: the service worker must.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadStaticFiles } from '../../server/static-files.ts';
import { createLogger } from '../../src/log.ts';
import { DEMO_PORT } from './demo-env.ts';

const log = createLogger('e2e-demo');

const BUILD_FOLDER = fileURLToPath(
  new URL('../../node_modules/.cache/e2e-demo/', import.meta.url),
);

async function buildDemo(): Promise<void> {
  await build({
    configFile: fileURLToPath(
      new URL('../../src/demo/vite.config.ts', import.meta.url),
    ),
    logLevel: 'warn',
    build: { outDir: BUILD_FOLDER, emptyOutDir: true },
  });
}

/** The production server's static half: files, and index.html for routes. */
async function serve(): Promise<void> {
  const files = await loadStaticFiles(BUILD_FOLDER);
  createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://demo');
    // A static host has no XL Deploy and no proxy behind it.
    if (pathname.startsWith('/deployit') || pathname.startsWith('/api/')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('A static host serves files only');
      return;
    }
    files.answer(request, response);
  }).listen(DEMO_PORT, () => {
    log.info(`static demo at http://localhost:${DEMO_PORT}/`);
  });
}

try {
  await buildDemo();
  await serve();
} catch (error) {
  log.error(`cannot build the static demo: ${String(error)}`);
  process.exit(1);
}

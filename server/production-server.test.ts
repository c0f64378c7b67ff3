import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readProxyConfig } from './config.ts';
import { closeServer, listen } from './listen.ts';
import { createProductionServer } from './production-server.ts';
import { see } from './test-proxy-server.ts';
import { startTestUpstream, type TestUpstream } from './test-upstream.ts';

const INDEX_HTML =
  '<!doctype html><script type="module" src="/assets/index-Ab12.js">' +
  '</script><div id="root"></div>';
const APP_JS = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let appFolder: string;
let upstream: TestUpstream;
let server: Server | undefined;

beforeEach(async () => {
  appFolder = await mkdtemp(join(tmpdir(), 'dashboard-app-'));
  await mkdir(join(appFolder, 'assets'));
  await writeFile(join(appFolder, 'index.html'), INDEX_HTML);
  await writeFile(join(appFolder, 'assets', 'index-Ab12.js'), APP_JS);
  await writeFile(join(appFolder, 'assets', 'index-Cd34.css'), 'body{}');
  await writeFile(join(appFolder, 'favicon.svg'), '<svg/>');
  await writeFile(join(appFolder, '.env.local'), 'XLD_PASSWORD=x');
  upstream = await startTestUpstream();
});

afterEach(async () => {
  if (server !== undefined) await closeServer(server);
  server = undefined;
  await upstream.close();
  await rm(appFolder, { recursive: true });
});

function rawGet(origin: string, path: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const request = get({ hostname, port, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
        });
      });
    });
    request.on('error', reject);
  });
}

async function startServer(env: Record<string, string> = {}) {
  const config = readProxyConfig({
    XLD_URL: upstream.url,
    XLD_USERNAME: 'admin',
    XLD_PASSWORD: 'admin',
    ...env,
  });
  server = await createProductionServer(config, appFolder);
  const port = await listen(server, 0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

describe('the production server', () => {
  test('sends security headers that allow no inline script', async () => {
    const origin = await startServer();

    const { headers } = await see(`${origin}/`);

    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
  });

  test('lets the configured sites embed the dashboard', async () => {
    const origin = await startServer({
      FRAME_ANCESTORS: 'https://wiki.example.com',
    });

    const { headers } = await see(`${origin}/`);

    expect(headers['content-security-policy']).toContain(
      'frame-ancestors https://wiki.example.com',
    );
    expect(headers['x-frame-options']).toBeUndefined();
  });

  test('answers deep links with index.html', async () => {
    const origin = await startServer();

    const answer = await see(`${origin}/tasks/bd4aef1c-3a85-4d1a`);

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.body).toBe(INDEX_HTML);
  });

  test('serves hashed assets with their type and a long cache', async () => {
    const origin = await startServer();

    const script = await see(`${origin}/assets/index-Ab12.js`);
    const style = await see(`${origin}/assets/index-Cd34.css`);
    const icon = await see(`${origin}/favicon.svg`);

    expect(script.headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(script.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(script.body).toBe(APP_JS);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  test('sends text files gzipped to browsers that accept it', async () => {
    const origin = await startServer();

    const zipped = await see(`${origin}/assets/index-Ab12.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    const plain = await rawGet(origin, '/assets/index-Ab12.js');

    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toBe(APP_JS);
    expect(plain.body).toBe(APP_JS);
  });

  test('answers an unchanged file with 304', async () => {
    const origin = await startServer();
    const first = await see(`${origin}/index.html`);

    const again = await fetch(`${origin}/index.html`, {
      headers: { 'If-None-Match': first.headers.etag ?? '' },
    });

    expect(again.status).toBe(304);
  });

  test.each([
    '/assets/missing-1234.js',
    '/.env.local',
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
  ])('serves no file outside the built app: %s', async (path) => {
    const origin = await startServer();

    // Sent as written: fetch would resolve the dot segments itself.
    const answer = await rawGet(origin, path);

    expect(answer.body).not.toContain('XLD_PASSWORD');
    expect(answer.body).not.toContain('"name"');
    expect([200, 404]).toContain(answer.status);
    if (answer.status === 200) expect(answer.body).toBe(INDEX_HTML);
  });

  test('refuses to change anything with other methods', async () => {
    const origin = await startServer();

    const answer = await see(`${origin}/index.html`, { method: 'PUT' });

    expect(answer.status).toBe(405);
  });

  test('proxies XL Deploy behind the same security headers', async () => {
    const origin = await startServer();

    const answer = await see(`${origin}/deployit/task/current/all`);
    const settings = await see(`${origin}/api/settings`);

    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<list>');
    expect(answer.headers['content-security-policy']).toContain(
      "default-src 'self'",
    );
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(settings.body)).toEqual({ actions: { start: false } });
  });

  test('refuses to start without a built app', async () => {
    const config = readProxyConfig({
      XLD_URL: upstream.url,
      XLD_USERNAME: 'admin',
      XLD_PASSWORD: 'admin',
    });

    await expect(
      createProductionServer(config, join(appFolder, 'assets')),
    ).rejects.toThrow('run `npm run build` before serving');
  });
});

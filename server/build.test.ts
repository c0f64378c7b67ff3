// `npm run build && npm run serve` as a team runs it: the app and the
// production server built into a folder without node_modules, the server
// started there with plain Node. The app must carry no XL Deploy setting.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build } from 'vite';
import { see } from './test-proxy-server.ts';
import {
  startTestUpstream,
  unusedPort,
  type TestUpstream,
} from './test-upstream.ts';

const CANARY = {
  XLD_URL: 'http://canary-host.example.com:4516/deployit',
  XLD_USERNAME: 'canary-user',
  XLD_PASSWORD: 'canary-Pa55word',
};

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dashboard-build-'));
  const saved = { ...process.env };
  Object.assign(process.env, CANARY);
  try {
    const quiet = { configFile: 'vite.config.ts', logLevel: 'silent' } as const;
    await build({ ...quiet, build: { outDir: join(folder, 'dist') } });
    await build({
      ...quiet,
      build: { ssr: 'server/serve.ts', outDir: join(folder, 'dist-server') },
    });
  } finally {
    process.env = saved;
  }
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true });
});

async function textOf(subfolder: string): Promise<string> {
  const root = join(folder, subfolder);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const texts = await Promise.all(
    files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
  return texts.join('\n');
}

test('the built app holds none of the XL Deploy settings', async () => {
  const text = await textOf('dist');

  // Booleans, so that a failure does not print the whole bundle.
  expect(text.includes('/deployit')).toBe(true);
  for (const [name, value] of Object.entries(CANARY)) {
    expect({ name, inBundle: text.includes(value) }).toEqual({
      name,
      inBundle: false,
    });
  }
});

function startServe(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(folder, 'dist-server', 'serve.js')],
    { cwd: folder, env: { PATH: process.env.PATH ?? '', ...env } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Dashboard at')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', () => {
      reject(new Error(`serve.js stopped:\n${output}`));
    });
  });
}

test('the built server runs the app and the proxy on plain Node', async () => {
  const upstream: TestUpstream = await startTestUpstream();
  const port = await unusedPort();
  const child = await startServe({
    XLD_URL: upstream.url,
    XLD_USERNAME: 'admin',
    XLD_PASSWORD: 'admin',
    PORT: String(port),
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const page = await see(`${origin}/tasks/some-task`);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    const asset = await see(`${origin}${script ?? '/missing.js'}`);
    const tasks = await see(`${origin}/deployit/task/current/all`);

    expect(page.headers['content-security-policy']).toContain(
      "script-src 'self'",
    );
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(tasks.status).toBe(200);
    expect(tasks.body).toContain('<list>');
  } finally {
    child.kill();
    await upstream.close();
  }
}, 30_000);

test('the built server says what to fix without XLD_URL', async () => {
  const child = spawn(
    process.execPath,
    [join(folder, 'dist-server', 'serve.js')],
    { cwd: folder, env: { PATH: process.env.PATH ?? '' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const code = await new Promise((resolve) => child.on('exit', resolve));

  expect(code).toBe(1);
  expect(output).toContain('XLD_URL is not set');
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { readProxyConfig } from './config.ts';
import { readDevEnvironment } from './dev-environment.ts';

let root = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dashboard-env-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

test('.env.local points the proxy at an XL Deploy server', async () => {
  await writeFile(
    join(root, '.env.local'),
    [
      'XLD_URL=http://xld.example.com:4516/deployit',
      'XLD_USERNAME=deployer',
      'XLD_PASSWORD=secret',
    ].join('\n'),
  );

  const config = readProxyConfig(readDevEnvironment('development', root));

  expect(config.upstreamUrl).toBe('http://xld.example.com:4516/deployit');
  expect(config.username).toBe('deployer');
  expect(config.password).toBe('secret');
});

test('.env.local wins over .env, and the environment over both', async () => {
  await writeFile(join(root, '.env'), 'XLD_USERNAME=from-env-file\n');
  await writeFile(join(root, '.env.local'), 'XLD_USERNAME=from-local\n');

  const fromFiles = readDevEnvironment('development', root);
  vi.stubEnv('XLD_USERNAME', 'from-shell');
  const fromShell = readDevEnvironment('development', root);

  expect(fromFiles.XLD_USERNAME).toBe('from-local');
  expect(fromShell.XLD_USERNAME).toBe('from-shell');
});

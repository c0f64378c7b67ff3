// The built app must carry no XL Deploy setting: only VITE_* variables may
// reach the bundle, and the proxy's credentials are no such variable.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build } from 'vite';

const CANARY = {
  XLD_URL: 'http://canary-host.example.com:4516/deployit',
  XLD_USERNAME: 'canary-user',
  XLD_PASSWORD: 'canary-Pa55word',
};

async function builtText(folder: string): Promise<string> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  const files = entries.filter((entry) => entry.isFile());
  const texts = await Promise.all(
    files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
  return texts.join('\n');
}

test('the built app holds none of the XL Deploy settings', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'dashboard-bundle-'));
  const saved = { ...process.env };
  Object.assign(process.env, CANARY);
  try {
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const text = await builtText(outDir);

    // Booleans, so that a failure does not print the whole bundle.
    expect(text.includes('/deployit')).toBe(true);
    for (const [name, value] of Object.entries(CANARY)) {
      expect({ name, inBundle: text.includes(value) }).toEqual({
        name,
        inBundle: false,
      });
    }
  } finally {
    process.env = saved;
    await rm(outDir, { recursive: true });
  }
}, 60_000);

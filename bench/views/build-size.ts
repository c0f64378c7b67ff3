// Builds an app with Vite and weighs the JavaScript its page loads first:
// the entry script and every module it preloads, gzipped.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

function firstLoadScripts(html: string): string[] {
  const pattern =
    /<(?:script[^>]*src|link[^>]*modulepreload[^>]*href)="([^"]+\.js)"/g;
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

export function firstLoadGzipBytes(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return firstLoadScripts(html).reduce((sum, src) => {
    const code = readFileSync(join(outDir, src.replace(/^\//, '')));
    return sum + gzipSync(code).length;
  }, 0);
}

const quiet: InlineConfig = { logLevel: 'silent' };

/** The dashboard, built with its own configuration. */
export async function buildDashboard(outDir: string): Promise<void> {
  await build({ ...quiet, build: { outDir, emptyOutDir: true } });
}

/** The bare app of the same stack, with the same plugins and versions. */
export async function buildBareApp(outDir: string): Promise<void> {
  await build({
    ...quiet,
    configFile: false,
    root: new URL('./bare-app/', import.meta.url).pathname,
    plugins: [react(), tailwindcss()],
    build: { outDir, emptyOutDir: true },
  });
}

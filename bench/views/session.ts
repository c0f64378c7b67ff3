// A dashboard served from a production build, in front of a simulator whose
// clock stands still (speed 0), so that polls find nothing new, driven by
// Debian's Chromium at the size of a 1080p wall screen.
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import {
  startSimulator,
  type RunningSimulator,
} from '../../simulator/start.ts';

export const SIMULATOR_PORT = 4670;
export const DASHBOARD_PORT = 5270;

export interface Session {
  readonly simulator: RunningSimulator;
  readonly page: Page;
  readonly baseUrl: string;
  close(): Promise<void>;
}

const PROXY_SETTINGS = {
  XLD_URL: `http://localhost:${SIMULATOR_PORT}/deployit`,
  XLD_USERNAME: 'admin',
  XLD_PASSWORD: 'admin',
};

/**
 * The proxy reads its settings from the environment when Vite loads the
 * dashboard's configuration; they are put back afterwards, so that later
 * benchmarks in this process see the environment they were given.
 */
async function servePreview(outDir: string): Promise<PreviewServer> {
  const before = Object.keys(PROXY_SETTINGS).map(
    (name) => [name, process.env[name]] as const,
  );
  Object.assign(process.env, PROXY_SETTINGS);
  try {
    return await preview({
      logLevel: 'silent',
      build: { outDir },
      preview: { port: DASHBOARD_PORT, strictPort: true },
    });
  } finally {
    for (const [name, value] of before) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}

export async function openSession(outDir: string): Promise<Session> {
  const simulator = await startSimulator({ port: SIMULATOR_PORT, speed: 0 });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await servePreview(outDir);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    const page = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
    });
    const opened = { server, browser };
    return {
      simulator,
      page,
      baseUrl: `http://localhost:${DASHBOARD_PORT}`,
      close: async () => {
        await opened.browser.close();
        await opened.server.close();
        await simulator.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    await simulator.close();
    throw error;
  }
}

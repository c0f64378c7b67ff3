import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against the dev server, which
// proxies to a simulator started for the tests alone. The production
// project (e2e/production*.spec.ts) drives the built app on the production
// server instead, beside a simulator of its own.
const DASHBOARD_PORT = Number(process.env.E2E_DASHBOARD_PORT ?? 5183);
const SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 4517);
const PRODUCTION_PORT = Number(process.env.E2E_PRODUCTION_PORT ?? 5184);
const PRODUCTION_SIMULATOR_PORT = Number(
  process.env.E2E_PRODUCTION_SIMULATOR_PORT ?? 4519,
);
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 5186);
const PRODUCTION_SPECS = /production.*\.spec\.ts$/;
const DEMO_SPECS = /demo.*\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${DASHBOARD_PORT}`,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'dev', testIgnore: [PRODUCTION_SPECS, DEMO_SPECS] },
    {
      name: 'production',
      testMatch: PRODUCTION_SPECS,
      use: { baseURL: `http://localhost:${PRODUCTION_PORT}` },
    },
    {
      name: 'demo',
      testMatch: DEMO_SPECS,
      use: { baseURL: `http://localhost:${DEMO_PORT}` },
    },
  ],
  webServer: [
    {
      // In-process simulator that a test can stop and start again.
      command: 'npx tsx e2e/support/simulator-supervisor.ts',
      url: `http://localhost:${SIMULATOR_PORT}/deployit/task/current/all`,
      reuseExistingServer: false,
      // The simulator answers 401 without credentials: that means it is up.
      timeout: 60_000,
      env: { E2E_SIMULATOR_PORT: String(SIMULATOR_PORT) },
    },
    {
      command: 'npx vite',
      url: `http://localhost:${DASHBOARD_PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(DASHBOARD_PORT),
        XLD_URL: `http://localhost:${SIMULATOR_PORT}/deployit`,
        XLD_USERNAME: 'admin',
        XLD_PASSWORD: 'admin',
        XLD_ALLOW_START: 'true',
      },
    },
    {
      // Builds the app, then `node dist-server/serve.js`, starting off.
      command: 'npx tsx e2e/support/production-server.ts',
      url: `http://localhost:${PRODUCTION_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        E2E_PRODUCTION_PORT: String(PRODUCTION_PORT),
        E2E_PRODUCTION_SIMULATOR_PORT: String(PRODUCTION_SIMULATOR_PORT),
      },
    },
    {
      // Builds the static demo and serves its files, as a static host does.
      command: 'npx tsx e2e/support/demo-server.ts',
      url: `http://localhost:${DEMO_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { E2E_DEMO_PORT: String(DEMO_PORT) },
    },
  ],
});

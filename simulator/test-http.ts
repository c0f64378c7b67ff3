// Test support: the simulator's handlers behind msw/node, and a fetch that
// speaks to them as a user of XL Deploy would.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FaultSwitch } from './faults.ts';
import { createHandlers, type HandlerOptions } from './handlers.ts';
import type { TestEngine } from './test-engine.ts';
import { DEFAULT_USERS } from './users.ts';

export const BASE_URL = 'http://xld.test/deployit';

export interface XldRequest {
  readonly user?: 'admin' | 'viewer' | 'nobody' | 'wrong';
  readonly method?: 'GET' | 'POST' | 'DELETE';
  readonly body?: string;
}

const CREDENTIALS: Record<string, string | undefined> = {
  admin: 'admin:admin',
  viewer: 'viewer:viewer',
  wrong: 'admin:not-the-password',
  nobody: undefined,
};

/** Installs msw/node for the test file; `serve` puts an engine behind it. */
export function setupXldServer() {
  const server = setupServer();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
  });

  return {
    serve: (sim: TestEngine, options: HandlerOptions = {}): FaultSwitch => {
      const faults = options.faults ?? new FaultSwitch();
      server.use(
        ...createHandlers(sim.engine, {
          users: DEFAULT_USERS,
          ...options,
          faults,
        }),
      );
      return faults;
    },
  };
}

export function xld(path: string, request: XldRequest = {}) {
  const credentials = CREDENTIALS[request.user ?? 'admin'];
  const headers: Record<string, string> = {};
  if (credentials !== undefined) {
    headers.Authorization = `Basic ${btoa(credentials)}`;
  }
  return fetch(`${BASE_URL}${path}`, {
    method: request.method ?? 'GET',
    headers,
    body: request.body ?? null,
  });
}

// One MSW server per test file, failing on any request no handler expects.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The dashboard server's settings endpoint with actions on or off. */
export function settingsHandler(start: boolean): RequestHandler {
  return http.get('*/api/settings', () =>
    HttpResponse.json({ actions: { start } }),
  );
}

export function setupMswServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
  });
  return server;
}

import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createManualClock } from '../../simulator/clock.ts';
import { createDemoHandlers } from './demo-handlers.ts';

const server = setupServer(
  ...createDemoHandlers(createManualClock(Date.UTC(2026, 11, 3, 9)).now),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => {
  server.close();
});

test('the demo allows starting tasks, as a proxy with actions on would', async () => {
  const response = await fetch('http://demo.test/api/settings');

  expect(await response.json()).toEqual({ actions: { start: true } });
});

test('the demo answers XL Deploy requests without credentials', async () => {
  const response = await fetch('http://demo.test/deployit/task/current/all');

  expect(response.status).toBe(200);
  expect(await response.text()).toContain(
    'Initial deployment of Environments/Dev/TEST/PetPortal',
  );
});

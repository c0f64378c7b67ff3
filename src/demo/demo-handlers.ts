// The static demo's server, in the browser: the simulator's handlers acting
// for an anonymous admin (the dashboard's proxy would add the credentials),
// and the proxy's settings with starting tasks switched on.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { createRealClock } from '../../simulator/clock.ts';
import { createHandlers } from '../../simulator/handlers.ts';
import { createSimulation } from '../../simulator/simulation.ts';
import type { Clock } from '../../simulator/clock.ts';

export function createDemoHandlers(
  clock: Clock = createRealClock(),
): RequestHandler[] {
  const engine = createSimulation({ clock, scenario: 'morning' });
  return [
    http.get('*/api/settings', () =>
      HttpResponse.json({ actions: { start: true } }),
    ),
    ...createHandlers(engine, {
      users: {},
      anonymousUser: { name: 'admin', role: 'admin' },
    }),
  ];
}

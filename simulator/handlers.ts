// XL Deploy's REST surface over the engine, as MSW handlers. The same
// handlers answer on a real port (node-server.ts), in Vitest (msw/node) and
// in the browser (the static demo's service worker).
import { http, type RequestHandler } from 'msw';
import {
  authenticate,
  DENIAL_MESSAGE,
  mayAct,
  type User,
  type Users,
} from './auth.ts';
import type { Engine } from './engine.ts';
import {
  faultAfter,
  faultBefore,
  FaultSwitch,
  validateFaults,
} from './faults.ts';
import { jsonResponse, noContent, textResponse } from './http-responses.ts';
import { matchRoute, type Route } from './routes.ts';
import { v1Routes } from './routes-v1.ts';
import { v2Routes } from './routes-v2.ts';

export interface HandlerOptions {
  /** Accounts for HTTP Basic authentication; none means every request 401s. */
  readonly users?: Users;
  /** Who a request without credentials acts as (the static demo). */
  readonly anonymousUser?: User;
  /** The faults in force; the control endpoint changes the same switch. */
  readonly faults?: FaultSwitch;
}

// TODO: XML only. A-6's JSON answers (Accept: application/json), and the
// endpoints the dashboard does not call (assign, takeover, add-pause,
// export, full, summary, force-cancel) are not simulated yet; they 404.
const ROUTES: readonly Route[] = [...v1Routes, ...v2Routes];

/** Below `/deployit`, without trailing slashes. */
function apiPath(url: URL): string {
  const below = url.pathname.replace(/^.*?\/deployit(?=\/|$)/, '');
  return below.replace(/\/+$/, '');
}

async function answer(
  engine: Engine,
  request: Request,
  options: HandlerOptions,
): Promise<Response> {
  const user = authenticate(request, {
    users: options.users ?? {},
    anonymousUser: options.anonymousUser,
  });
  if (user instanceof Response) return user;

  const url = new URL(request.url);
  const path = apiPath(url);
  const { match, pathKnown } = matchRoute(ROUTES, request.method, path);
  if (match === undefined) {
    return pathKnown
      ? textResponse(405, `No resource method found for ${request.method}`)
      : textResponse(404, `No resource found at /deployit${path}`);
  }
  if (match.route.method !== 'GET' && !mayAct(user)) {
    return textResponse(403, DENIAL_MESSAGE);
  }
  return match.route.handle({
    engine,
    request,
    url,
    user,
    params: match.params,
  });
}

async function controlFaults(
  request: Request,
  faults: FaultSwitch,
): Promise<Response> {
  if (request.method === 'DELETE') {
    faults.clear();
    return noContent();
  }
  if (request.method === 'POST' || request.method === 'PUT') {
    try {
      faults.set(validateFaults(JSON.parse(await request.text())));
    } catch (error) {
      return textResponse(400, (error as Error).message);
    }
  }
  return jsonResponse(faults.get());
}

export function createHandlers(
  engine: Engine,
  options: HandlerOptions = {},
): RequestHandler[] {
  const faults = options.faults ?? new FaultSwitch();

  return [
    // Outside /deployit, so that it never collides with XL Deploy's paths.
    http.all('*/__simulator/faults', ({ request }) =>
      controlFaults(request, faults),
    ),
    http.all('*/deployit/*', async ({ request }) => {
      const drawn = faults.draw(new URL(request.url).pathname);
      if (drawn === undefined) return answer(engine, request, options);

      const early = await faultBefore(drawn, faults);
      if (early !== undefined) return early;
      return faultAfter(drawn, await answer(engine, request, options));
    }),
  ];
}

// XL Deploy's REST surface over the engine, as MSW handlers.
import { http, HttpResponse } from 'msw';
import type { Engine } from './engine.ts';
import { taskStateListXml, taskStateXml } from './xml.ts';

const EXPECTED_AUTH = `Basic ${btoa('admin:admin')}`;

function unauthorized(): Response {
  return new HttpResponse('Unauthorized', {
    status: 401,
    headers: { 'Content-Type': 'text/plain' },
  });
}

export function createHandlers(engine: Engine, origin = '*') {
  const base = `${origin}/deployit`;
  const authorized = (request: Request): boolean =>
    request.headers.get('Authorization') === EXPECTED_AUTH;

  return [
    http.get(`${base}/task/current/all`, ({ request }) => {
      if (!authorized(request)) return unauthorized();
      return HttpResponse.xml(taskStateListXml(engine.current()));
    }),
    http.get(`${base}/task/:id`, ({ request, params }) => {
      if (!authorized(request)) return unauthorized();
      const task = engine.get(String(params.id));
      if (task === undefined) {
        return new HttpResponse(`Task ${String(params.id)} not found`, {
          status: 404,
          headers: { 'Content-Type': 'text/plain' },
        });
      }
      return HttpResponse.xml(taskStateXml(task));
    }),
  ];
}

// Routes shared by TaskService (`/task`) and TaskBlockService (`/tasks/v2`):
// the actions, which take the same states and answer alike.
import type { Engine } from './engine.ts';
import { textResponse } from './http-responses.ts';
import { parseScheduleTime, parseStepRefs } from './request-body.ts';
import {
  actionResponse,
  param,
  route,
  type Route,
  type RouteContext,
} from './routes.ts';

type Action = (engine: Engine, id: string) => ReturnType<Engine['start']>;

const SIMPLE_ACTIONS: Readonly<Record<string, Action>> = {
  start: (engine, id) => engine.start(id),
  stop: (engine, id) => engine.stop(id),
  abort: (engine, id) => engine.abort(id),
  archive: (engine, id) => engine.archive(id),
};

function schedule(context: RouteContext): Response {
  const time = parseScheduleTime(context.url.searchParams.get('time'));
  if (time === undefined) {
    return textResponse(400, 'Parameter time must be an ISO date-time');
  }
  return actionResponse(context.engine.schedule(param(context, 0), time));
}

async function changeSteps(
  context: RouteContext,
  action: 'skip' | 'unskip',
  numeric: boolean,
): Promise<Response> {
  const refs = parseStepRefs(await context.request.text(), numeric);
  if (refs === undefined) {
    const kind = numeric ? 'step ids' : 'step paths';
    return textResponse(400, `The body must list the ${kind} to ${action}`);
  }
  const { engine } = context;
  const id = param(context, 0);
  const result =
    action === 'skip' ? engine.skip(id, refs) : engine.unskip(id, refs);
  return actionResponse(result);
}

/**
 * start, stop, abort, archive, schedule, skip, unskip and cancel (DELETE)
 * below `base` (`/task/{id}` or `/tasks/v2/{id}`). v1 names steps by id.
 */
export function actionRoutes(base: string, v1: boolean): Route[] {
  const simple = Object.entries(SIMPLE_ACTIONS).map(([name, act]) =>
    route('POST', `${base}/${name}`, (context) =>
      actionResponse(act(context.engine, param(context, 0))),
    ),
  );
  return [
    ...simple,
    route('POST', `${base}/schedule`, schedule),
    route('POST', `${base}/skip`, (context) =>
      changeSteps(context, 'skip', v1),
    ),
    route('POST', `${base}/unskip`, (context) =>
      changeSteps(context, 'unskip', v1),
    ),
    route('DELETE', base, (context) =>
      actionResponse(context.engine.cancel(param(context, 0))),
    ),
  ];
}

// A small router for XL Deploy's REST paths: templates such as
// `/task/{id}/step/{n}` matched against the path below `/deployit`, with
// the trailing slash tolerated (`/deployit/task/<id>/` works as in curl).
import type { User } from './auth.ts';
import type { ActionResult, Engine } from './engine.ts';
import { noContent, textResponse } from './http-responses.ts';
import type { SimTask } from './model.ts';

export interface RouteContext {
  readonly engine: Engine;
  readonly request: Request;
  readonly url: URL;
  readonly user: User;
  readonly params: readonly string[];
}

export type Method = 'GET' | 'POST' | 'DELETE';

export interface Route {
  readonly method: Method;
  readonly pattern: RegExp;
  readonly handle: (context: RouteContext) => Response | Promise<Response>;
}

export function route(
  method: Method,
  template: string,
  handle: Route['handle'],
): Route {
  const source = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), handle };
}

export interface Match {
  readonly route: Route;
  readonly params: string[];
}

/** The route for a path and method; `allowed` lists methods the path has. */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { match: Match | undefined; pathKnown: boolean } {
  let pathKnown = false;
  for (const candidate of routes) {
    const found = candidate.pattern.exec(path);
    if (found === null) continue;
    pathKnown = true;
    if (candidate.method !== method) continue;
    const params = found.slice(1).map((part) => decodeURIComponent(part));
    return { match: { route: candidate, params }, pathKnown };
  }
  return { match: undefined, pathKnown };
}

export function param(context: RouteContext, index: number): string {
  return context.params[index] ?? '';
}

/** 404 naming the missing task. */
export function taskNotFound(id: string): Response {
  return textResponse(404, `Task ${id} not found`);
}

/** Runs `answer` with the task named by the first parameter, or 404s. */
export function withTask(
  context: RouteContext,
  answer: (task: SimTask) => Response | Promise<Response>,
): Response | Promise<Response> {
  const id = param(context, 0);
  const task = context.engine.task(id);
  return task === undefined ? taskNotFound(id) : answer(task);
}

/** 204 on success, the refusal as text otherwise. */
export function actionResponse(result: ActionResult): Response {
  return result.ok ? noContent() : textResponse(result.status, result.message);
}

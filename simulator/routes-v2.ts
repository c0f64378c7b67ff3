// TaskBlockService (v2, blocks), below `/deployit/tasks/v2` (REFERENCE §5).
import { queryArchive } from './archive-query.ts';
import { jsonResponse, textResponse, xmlResponse } from './http-responses.ts';
import type { SimStep, SimTask } from './model.ts';
import { actionRoutes } from './task-routes.ts';
import {
  param,
  route,
  withTask,
  type Route,
  type RouteContext,
} from './routes.ts';
import { stepLogAt } from './step-log.ts';
import { findBlock, findStep } from './tree.ts';
import {
  blockXml,
  stepBlockXml,
  stepXml,
  taskWithBlockListXml,
  taskWithBlockXml,
} from './xml.ts';

function pathNotFound(task: SimTask, path: string): Response {
  return textResponse(404, `Path ${path} not found in task ${task.id}`);
}

function withBlock(
  context: RouteContext,
  answer: (block: NonNullable<ReturnType<typeof findBlock>>) => Response,
) {
  return withTask(context, (task) => {
    const path = param(context, 1);
    const block = findBlock(task, path);
    return block === undefined ? pathNotFound(task, path) : answer(block);
  });
}

function withStep(context: RouteContext, answer: (step: SimStep) => Response) {
  return withTask(context, (task) => {
    const path = param(context, 1);
    const step = findStep(task, path);
    return step === undefined ? pathNotFound(task, path) : answer(step);
  });
}

/** step logs and states are gone once the task is archived. */
function withLiveTask(
  context: RouteContext,
  answer: (task: SimTask) => Response | Promise<Response>,
) {
  return withTask(context, (task) =>
    task.archivedAt !== undefined || task.state === 'CANCELLED'
      ? textResponse(404, `Task ${task.id} is archived`)
      : answer(task),
  );
}

function withLiveStep(
  context: RouteContext,
  answer: (step: SimStep) => Response,
) {
  return withLiveTask(context, () => withStep(context, answer));
}

export const v2Routes: readonly Route[] = [
  route('GET', '/tasks/v2/current', ({ engine, user }) =>
    xmlResponse(
      taskWithBlockListXml(
        engine.currentTasks().filter((task) => task.owner === user.name),
      ),
    ),
  ),
  route('GET', '/tasks/v2/current/all', ({ engine }) =>
    xmlResponse(taskWithBlockListXml(engine.currentTasks())),
  ),
  route('GET', '/tasks/v2/query', ({ engine, url }) => {
    const tasks = queryArchive(engine, url);
    return tasks instanceof Response
      ? tasks
      : xmlResponse(taskWithBlockListXml(tasks));
  }),
  route('GET', '/tasks/v2/{id}', (context) =>
    withTask(context, (task) => xmlResponse(taskWithBlockXml(task))),
  ),
  route('GET', '/tasks/v2/{id}/block/{path}', (context) =>
    withBlock(context, (block) => xmlResponse(blockXml(block))),
  ),
  route('GET', '/tasks/v2/{id}/block/{path}/step', (context) =>
    withBlock(context, (block) =>
      block.kind === 'steps'
        ? xmlResponse(stepBlockXml(block, context.engine.now()))
        : textResponse(404, `Block ${block.path} is not a step block`),
    ),
  ),
  route('GET', '/tasks/v2/{id}/step/{path}', (context) =>
    withStep(context, (step) =>
      xmlResponse(stepXml(step, context.engine.now())),
    ),
  ),
  route('GET', '/tasks/v2/{id}/step-log/{path}', (context) =>
    withLiveStep(context, (step) =>
      jsonResponse({ log: stepLogAt(step, context.engine.now()) }),
    ),
  ),
  // the state of a step or of a block, as JSON.
  route('GET', '/tasks/v2/{id}/status/{path}', (context) =>
    withLiveTask(context, (task) => {
      const path = param(context, 1);
      const found = findStep(task, path) ?? findBlock(task, path);
      return found === undefined
        ? pathNotFound(task, path)
        : jsonResponse({ status: found.state });
    }),
  ),
  ...actionRoutes('/tasks/v2/{id}', false),
];

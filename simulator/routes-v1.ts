// TaskService (v1, flat steps), below `/deployit/task` (REFERENCE §4).
import { queryArchive } from './archive-query.ts';
import { textResponse, xmlResponse } from './http-responses.ts';
import { actionRoutes } from './task-routes.ts';
import { param, route, withTask, type Route } from './routes.ts';
import {
  stepXml,
  taskStateListXml,
  taskStateXml,
  taskWithStepsXml,
} from './xml.ts';

export const v1Routes: readonly Route[] = [
  route('GET', '/task/current', ({ engine, user }) =>
    xmlResponse(
      taskStateListXml(
        engine.currentTasks().filter((task) => task.owner === user.name),
      ),
    ),
  ),
  route('GET', '/task/current/all', ({ engine }) =>
    xmlResponse(taskStateListXml(engine.currentTasks())),
  ),
  route('GET', '/task/query', ({ engine, url }) => {
    const tasks = queryArchive(engine, url);
    return tasks instanceof Response
      ? tasks
      : xmlResponse(taskStateListXml(tasks));
  }),
  route('GET', '/task/{id}', (context) =>
    withTask(context, (task) => xmlResponse(taskStateXml(task))),
  ),
  route('GET', '/task/{id}/step', (context) =>
    withTask(context, (task) =>
      xmlResponse(taskWithStepsXml(task, context.engine.now())),
    ),
  ),
  route('GET', '/task/{id}/step/{n}', (context) =>
    withTask(context, (task) => {
      const stepId = param(context, 1);
      const step = /^\d+$/.test(stepId)
        ? task.steps[Number(stepId) - 1]
        : undefined;
      if (step === undefined) {
        return textResponse(404, `Step ${stepId} not found in task ${task.id}`);
      }
      return xmlResponse(stepXml(step, context.engine.now()));
    }),
  ),
  ...actionRoutes('/task/{id}', true),
];

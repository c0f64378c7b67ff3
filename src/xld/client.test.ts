// The client against a fake fetch: what it sends for each endpoint, and
// how it reads the answers.
import { expect, test } from 'vitest';
import { createXldClient } from './client.ts';
import {
  clientAnswering,
  fakeServer,
  TASK,
  text,
  xml,
} from './test-support/fake-fetch.ts';

test('reads the current tasks as XML from the proxy path', async () => {
  const { client, calls } = clientAnswering(() => xml(`<list>${TASK}</list>`));

  const tasks = await client.currentTasks();

  expect(tasks.map((task) => task.id)).toEqual(['t-1']);
  expect(calls).toEqual([
    {
      url: '/deployit/task/current/all',
      method: 'GET',
      accept: 'application/xml',
      body: undefined,
      contentType: null,
    },
  ]);
});

test('encodes ids and paths as path segments under the base path', async () => {
  const server = fakeServer(() =>
    xml('<block id="0_1_1" state="DONE" current="2"/>'),
  );
  const client = createXldClient({
    basePath: 'http://xld:4516/deployit',
    fetch: server.fetch,
  });

  await client.blockSteps('a/b c', '0_1_1', {});

  expect(server.calls[0]?.url).toBe(
    'http://xld:4516/deployit/tasks/v2/a%2Fb%20c/block/0_1_1/step',
  );
});

test('asks each endpoint at its own path', async () => {
  const answers: Record<string, string> = {
    '/deployit/task/t-1': TASK,
    '/deployit/tasks/v2/t-1': '<task id="t-1" state="PENDING"/>',
    '/deployit/tasks/v2/t-1/block/0_1':
      '<block id="0_1" state="EXECUTING" phase="true" parallel="false"/>',
    '/deployit/tasks/v2/t-1/step/0_1_1_1': '<step state="DONE" failures="0"/>',
    '/deployit/tasks/v2/query?begindate=2024-01-01&page=2&resultsPerPage=50':
      '<list/>',
  };
  const { client } = clientAnswering(({ url }) =>
    xml(answers[url] ?? '<missing/>'),
  );

  expect((await client.task('t-1')).currentStep).toBe(1);
  expect((await client.taskWithBlock('t-1')).state).toBe('PENDING');
  expect(await client.block('t-1', '0_1')).toMatchObject({
    kind: 'composite',
    phase: true,
    state: 'EXECUTING',
  });
  expect((await client.step('t-1', '0_1_1_1')).state).toBe('DONE');
  expect(
    await client.archivedTasks({
      begindate: '2024-01-01',
      page: 2,
      resultsPerPage: 50,
    }),
  ).toEqual([]);
});

test('starts a task with an empty POST and accepts 204', async () => {
  const { client, calls } = clientAnswering(
    () => new Response(null, { status: 204 }),
  );

  await expect(client.startTask('t-1')).resolves.toBeUndefined();

  expect(calls[0]).toMatchObject({
    url: '/deployit/task/t-1/start',
    method: 'POST',
    body: '',
  });
  expect(calls[0]?.contentType).toBe('application/xml');
});

test('reads a step log from JSON, or plain text as it is', async () => {
  const log = '  Executing command line : echo hello\nhello\n';
  const json = clientAnswering(() => Response.json({ log }));
  const plain = clientAnswering(() => text(log, 200));

  await expect(json.client.stepLog('t-1', '0_1_1_1')).resolves.toBe(log);
  await expect(plain.client.stepLog('t-1', '0_1_1_1')).resolves.toBe(log);
  expect(json.calls[0]?.accept).toContain('application/json');
  expect(json.calls[0]?.url).toBe('/deployit/tasks/v2/t-1/step-log/0_1_1_1');
});

import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { setupMswServer } from '../views/test-support/msw-server.ts';
import {
  failedBlockSteps,
  plan,
  task,
  thousandSteps,
} from '../views/test-support/detail-fixtures.ts';
import {
  stepBlockXml,
  taskWithBlockXml,
} from '../views/test-support/xld-xml.ts';
import { createQueryClient } from './query-client.ts';
import { blockStepsQuery, taskWithBlockQuery } from './task-detail.ts';

const stepRequests: string[] = [];

const server = setupMswServer(
  http.get('*/deployit/tasks/v2/task-1', () =>
    HttpResponse.xml(taskWithBlockXml(task, plan)),
  ),
  http.get('*/deployit/tasks/v2/task-1/block/:path/step', ({ params }) => {
    const path = String(params.path);
    stepRequests.push(path);
    const steps = path === '0_1_1' ? failedBlockSteps : thousandSteps;
    return HttpResponse.xml(
      stepBlockXml({ id: path, state: 'FAILED', description: path }, steps),
    );
  }),
);

let client = createQueryClient();

beforeEach(() => {
  stepRequests.length = 0;
  client = createQueryClient();
});

afterEach(() => {
  client.clear();
});

test('the steps of the failed block are requested as soon as the plan arrives', async () => {
  await client.query(taskWithBlockQuery('task-1'));

  // Nothing is drawn, no block is open on screen, yet the request is out.
  const failedBlock = blockStepsQuery('task-1', '0_1_1');
  expect(client.getQueryState(failedBlock.queryKey)?.fetchStatus).toBe(
    'fetching',
  );
  const steps = await client.query({ ...failedBlock, staleTime: 'static' });
  expect(steps.steps.map((step) => step.description)).toEqual(
    failedBlockSteps.map((step) => step.description),
  );
  // The closed block of a thousand steps is not read ahead.
  expect(stepRequests).toEqual(['0_1_1']);
});

test('a step block read ahead once is not read again on each poll of the plan', async () => {
  await client.query(taskWithBlockQuery('task-1'));
  await client.query({
    ...blockStepsQuery('task-1', '0_1_1'),
    staleTime: 'static',
  });

  await client.refetchQueries({
    queryKey: taskWithBlockQuery('task-1').queryKey,
  });

  expect(stepRequests).toEqual(['0_1_1']);
});

test('the plan arrives even when its steps cannot be read ahead', async () => {
  server.use(
    http.get('*/deployit/tasks/v2/task-1/block/:path/step', () =>
      HttpResponse.text('Internal error', { status: 500 }),
    ),
  );

  const tree = await client.query(taskWithBlockQuery('task-1'));

  expect(tree.id).toBe('task-1');
  const failedBlock = blockStepsQuery('task-1', '0_1_1');
  await waitFor(() => {
    expect(client.getQueryState(failedBlock.queryKey)?.status).toBe('error');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { renderAppAt } from './test-support/render-app.tsx';
import { settingsHandler, setupMswServer } from './test-support/msw-server.ts';
import { taskListXml, type TaskFields } from './test-support/xld-xml.ts';

const pending: TaskFields = {
  id: 'task-pending',
  state: 'PENDING',
  description: 'Initial deployment of TEST/PetPortal',
  totalSteps: 4,
  metadata: { application: 'PetPortal', version: '1.0', environment: 'TEST' },
};
const executing: TaskFields = {
  id: 'task-executing',
  state: 'EXECUTING',
  description: 'Update of ACC/PetClinic',
  currentStep: 2,
  totalSteps: 4,
};
const failed: TaskFields = {
  id: 'task-failed',
  state: 'FAILED',
  description: 'Update of PROD/PetClinic',
  currentStep: 2,
  totalSteps: 4,
  failures: 1,
};

let starts: string[] = [];
let tasks: TaskFields[] = [];

const server = setupMswServer(
  settingsHandler(true),
  http.get('*/deployit/task/current/all', () =>
    HttpResponse.xml(taskListXml(tasks)),
  ),
  http.post('*/deployit/task/:id/start', async ({ params }) => {
    starts.push(String(params.id));
    await delay(50);
    tasks = tasks.map((task) =>
      task.id === params.id ? { ...task, state: 'QUEUED' } : task,
    );
    return new HttpResponse(null, { status: 204 });
  }),
);

async function cardOf(description: string) {
  return screen.findByRole('article', { name: description });
}

function reset(list: TaskFields[]) {
  starts = [];
  tasks = list;
}

test('starting a pending task asks first, sends one request and shows it queued', async () => {
  reset([pending, executing]);
  const user = userEvent.setup();
  renderAppAt('/');
  const card = await cardOf('Initial deployment of TEST/PetPortal');

  await user.click(await within(card).findByRole('button', { name: 'Start' }));
  const dialog = screen.getByRole('dialog', { name: 'Start this task?' });
  expect(dialog).toHaveTextContent('Initial deployment of TEST/PetPortal');
  expect(dialog).toHaveTextContent('PetPortal 1.0 to TEST');
  expect(starts).toEqual([]);

  await user.click(within(dialog).getByRole('button', { name: 'Start' }));

  expect(await within(card).findByText('QUEUED')).toBeVisible();
  expect(starts).toEqual(['task-pending']);
  expect(within(card).queryByRole('button', { name: 'Start' })).toBeNull();
});

test('a double click on the confirmation sends one request', async () => {
  reset([pending]);
  const user = userEvent.setup();
  renderAppAt('/');
  const card = await cardOf('Initial deployment of TEST/PetPortal');

  await user.click(await within(card).findByRole('button', { name: 'Start' }));
  await user.dblClick(
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Start' }),
  );

  expect(await within(card).findByText('QUEUED')).toBeVisible();
  expect(starts).toEqual(['task-pending']);
});

test('cancelling the confirmation sends nothing', async () => {
  reset([pending]);
  const user = userEvent.setup();
  renderAppAt('/');
  const card = await cardOf('Initial deployment of TEST/PetPortal');

  await user.click(await within(card).findByRole('button', { name: 'Start' }));
  await user.keyboard('{Escape}');

  expect(screen.queryByRole('dialog')).toBeNull();
  expect(starts).toEqual([]);
});

test('the button shows that the request is in flight', async () => {
  reset([pending]);
  server.use(
    http.post('*/deployit/task/:id/start', async () => {
      await delay(300);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const user = userEvent.setup();
  renderAppAt('/');
  const card = await cardOf('Initial deployment of TEST/PetPortal');

  await user.click(await within(card).findByRole('button', { name: 'Start' }));
  await user.click(
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Start' }),
  );

  expect(
    within(card).getByRole('button', { name: 'Starting…' }),
  ).toBeDisabled();
});

test('failed tasks offer a restart, running ones nothing', async () => {
  reset([failed, executing]);
  renderAppAt('/');

  const failedCard = await cardOf('Update of PROD/PetClinic');
  expect(
    await within(failedCard).findByRole('button', { name: 'Restart' }),
  ).toBeVisible();
  const running = await cardOf('Update of ACC/PetClinic');
  expect(within(running).queryByRole('button')).toBeNull();
});

test('no button anywhere when the server keeps actions off', async () => {
  reset([pending, failed]);
  server.use(settingsHandler(false));
  renderAppAt('/');

  await cardOf('Update of PROD/PetClinic');
  await screen.findByText('PENDING', { selector: 'article *' });
  expect(screen.queryByRole('button', { name: /Start|Restart/ })).toBeNull();
});

test('no button when the settings cannot be read', async () => {
  reset([pending]);
  server.use(
    http.get('*/api/settings', () => new HttpResponse(null, { status: 404 })),
  );
  renderAppAt('/');

  await cardOf('Initial deployment of TEST/PetPortal');
  expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
});

const refusals = [
  [401, 'XL Deploy rejected the credentials'],
  [403, 'XL Deploy refused permission'],
  [404, 'XL Deploy does not know this task'],
  [400, 'XL Deploy refused the action in the task’s current state'],
] as const;

test.each(refusals)(
  'a refusal with status %i is explained: %s',
  async (status, message) => {
    reset([pending]);
    server.use(
      http.post(
        '*/deployit/task/:id/start',
        () => new HttpResponse('refused', { status }),
      ),
    );
    const user = userEvent.setup();
    renderAppAt('/');
    const card = await cardOf('Initial deployment of TEST/PetPortal');

    await user.click(
      await within(card).findByRole('button', { name: 'Start' }),
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Start' }),
    );

    expect(await within(card).findByRole('alert')).toHaveTextContent(
      `Not started: ${message}`,
    );
  },
);

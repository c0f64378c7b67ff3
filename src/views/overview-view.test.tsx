import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { OverviewView } from './overview-view.tsx';
import { renderAppAt, renderWithQueries } from './test-support/render-app.tsx';
import { settingsHandler, setupMswServer } from './test-support/msw-server.ts';
import { taskListXml, type TaskFields } from './test-support/xld-xml.ts';

const executing: TaskFields = {
  id: 'task-executing',
  state: 'EXECUTING',
  description: 'Update of ACC/PetPortal',
  currentStep: 4,
  totalSteps: 8,
  owner: 'alice',
  startDate: '2026-12-03T09:00:00.000+0000',
  metadata: {
    application: 'PetPortal',
    version: '2.1',
    environment: 'ACC',
    taskType: 'UPGRADE',
  },
};
const failed: TaskFields = {
  id: 'task-failed',
  state: 'FAILED',
  description: 'Update of PROD/PetClinic',
  currentStep: 3,
  totalSteps: 5,
  failures: 1,
  metadata: { application: 'PetClinic', environment: 'PROD' },
};
const pending: TaskFields = {
  id: 'task-pending',
  state: 'PENDING',
  description: 'Initial deployment of TEST/PetPortal',
  totalSteps: 6,
  metadata: { application: 'PetPortal', environment: 'TEST' },
};
const executed: TaskFields = {
  id: 'task-executed',
  state: 'EXECUTED',
  description: 'Initial deployment of DEV/PetPortal',
  currentStep: 6,
  totalSteps: 6,
  metadata: { application: 'PetPortal', environment: 'DEV' },
};
const inspection: TaskFields = {
  id: 'task-inspection',
  state: 'EXECUTED',
  description: 'Inspection of Infrastructure/host',
  totalSteps: 0,
  metadata: { taskType: 'INSPECTION' },
};

function serving(tasks: readonly TaskFields[]) {
  return http.get('*/deployit/task/current/all', () =>
    HttpResponse.xml(taskListXml(tasks)),
  );
}

const server = setupMswServer(
  settingsHandler(false),
  serving([executed, pending, executing, failed, inspection]),
);

function cardTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Tasks' });
  return within(list)
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-label') ?? '');
}

test('shows each current task with a progress bar of its done steps', async () => {
  renderAppAt('/');

  const bar = await screen.findByRole('progressbar', {
    name: 'Progress of Update of ACC/PetPortal',
  });
  // Step 4 runs, so three are done.
  expect(bar).toHaveAttribute('aria-valuenow', '3');
  expect(bar).toHaveAttribute('aria-valuemax', '8');
  expect(bar).toHaveAttribute('aria-valuetext', '3 of 8 steps done');
});

test('orders cards by attention: failed first, executed last', async () => {
  renderAppAt('/');
  await screen.findByRole('article', { name: 'Update of PROD/PetClinic' });

  expect(cardTitles()).toEqual([
    'Update of PROD/PetClinic',
    'Update of ACC/PetPortal',
    'Initial deployment of TEST/PetPortal',
    'Initial deployment of DEV/PetPortal',
    'Inspection of Infrastructure/host',
  ]);
});

test('a card names state, application, version, environment, type and owner', async () => {
  renderAppAt('/');
  const card = await screen.findByRole('article', {
    name: 'Update of ACC/PetPortal',
  });

  const inCard = within(card);
  expect(inCard.getByText('EXECUTING')).toBeVisible();
  expect(inCard.getByText('PetPortal')).toBeVisible();
  expect(inCard.getByText('2.1')).toBeVisible();
  expect(inCard.getByText('ACC')).toBeVisible();
  expect(inCard.getByText('UPGRADE')).toBeVisible();
  expect(inCard.getByText('alice')).toBeVisible();
  expect(inCard.getByText('Elapsed')).toBeVisible();
});

test('marks failures on the bar and says when a task has no steps', async () => {
  renderAppAt('/');

  const failedBar = await screen.findByRole('progressbar', {
    name: 'Progress of Update of PROD/PetClinic',
  });
  expect(failedBar).toHaveAttribute(
    'aria-valuetext',
    '2 of 5 steps done, 1 failure',
  );
  const noSteps = screen.getByRole('progressbar', {
    name: 'Progress of Inspection of Infrastructure/host',
  });
  expect(noSteps).toHaveAttribute('aria-valuetext', 'No steps');
  expect(noSteps).not.toHaveAttribute('aria-valuenow');
});

test('filters from the URL show only the tasks they select', async () => {
  renderAppAt('/?environment=PROD&environment=ACC');
  await screen.findByRole('article', { name: 'Update of PROD/PetClinic' });

  expect(cardTitles()).toEqual([
    'Update of PROD/PetClinic',
    'Update of ACC/PetPortal',
  ]);
  expect(
    screen.getByText('Showing 2 of 5 tasks: environment PROD or ACC.'),
  ).toBeVisible();
});

test('choosing a filter puts it in the URL, so the screen is a bookmark', async () => {
  const user = userEvent.setup();
  renderAppAt('/');
  const states = await screen.findByRole('group', { name: 'State' });

  await user.click(within(states).getByRole('button', { name: /FAILED/ }));

  expect(window.location.search).toBe('?state=FAILED');
  expect(cardTitles()).toEqual(['Update of PROD/PetClinic']);
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(window.location.search).toBe('');
  expect(cardTitles()).toHaveLength(5);
});

test('the tab title counts the tasks that need attention', async () => {
  renderAppAt('/');
  await screen.findByRole('article', { name: 'Update of PROD/PetClinic' });

  expect(document.title).toBe('(1) need attention · XL Deploy tasks');
});

test('counts the tasks in each state', async () => {
  renderAppAt('/');
  const states = await screen.findByRole('group', { name: 'State' });

  const count = (state: RegExp) =>
    within(states).getByRole('button', { name: state }).textContent;
  expect(count(/EXECUTED/)).toContain('2');
  expect(count(/FAILED/)).toContain('1');
  expect(count(/PENDING/)).toContain('1');
});

test('says so when nothing is deploying', async () => {
  server.use(serving([]));
  renderAppAt('/');

  expect(
    await screen.findByText('No current tasks: nothing is deploying.'),
  ).toBeVisible();
});

test('a failed poll keeps the last tasks under a banner naming the problem', async () => {
  const { queryClient } = renderWithQueries(<OverviewView />);
  await screen.findByRole('article', { name: 'Update of ACC/PetPortal' });

  server.use(
    http.get('*/deployit/task/current/all', () => HttpResponse.error()),
  );
  await queryClient.refetchQueries();

  const banner = await screen.findByRole('alert');
  expect(banner).toHaveTextContent('XL Deploy is unreachable');
  expect(banner).toHaveTextContent(/Stale data on screen, updated \d+ s ago/);
  expect(
    screen.getByRole('article', { name: 'Update of ACC/PetPortal' }),
  ).toBeVisible();

  server.resetHandlers();
  await queryClient.refetchQueries();
  await waitFor(() => {
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

test('rejected credentials are named as such', async () => {
  server.use(
    http.get(
      '*/deployit/task/current/all',
      () => new HttpResponse('Unauthorized', { status: 401 }),
    ),
  );
  renderWithQueries(<OverviewView />);

  const banner = await screen.findByRole('alert');
  expect(banner).toHaveTextContent('XL Deploy rejected the credentials');
  expect(banner).toHaveTextContent('No data yet.');
});

test('an unreadable response is named as such', async () => {
  server.use(
    http.get('*/deployit/task/current/all', () =>
      HttpResponse.xml('<list><task id="x"'),
    ),
  );
  renderWithQueries(<OverviewView />);

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'XL Deploy sent a response the dashboard cannot read',
  );
});

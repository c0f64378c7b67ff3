import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { renderAppAt } from './test-support/render-app.tsx';
import { settingsHandler, setupMswServer } from './test-support/msw-server.ts';
import {
  stepBlockXml,
  taskStateXml,
  taskWithBlockXml,
} from './test-support/xld-xml.ts';
import {
  LOG,
  failedBlockSteps,
  plan,
  running,
  runningPlan,
  runningSteps,
  task,
  thousandSteps,
} from './test-support/detail-fixtures.ts';

const stepRequests: string[] = [];

setupMswServer(
  settingsHandler(false),
  http.get('*/deployit/task/task-1', () =>
    HttpResponse.xml(taskStateXml(task)),
  ),
  http.get('*/deployit/tasks/v2/task-1', () =>
    HttpResponse.xml(taskWithBlockXml(task, plan)),
  ),
  http.get('*/deployit/tasks/v2/task-1/block/:path/step', ({ params }) => {
    const path = String(params.path);
    stepRequests.push(path);
    const steps = path === '0_1_1' ? failedBlockSteps : thousandSteps;
    const state = path === '0_1_1' ? 'FAILED' : 'PENDING';
    return HttpResponse.xml(
      stepBlockXml({ id: path, state, description: path }, steps),
    );
  }),
  http.get('*/deployit/tasks/v2/task-1/step-log/0_1_1_2', () =>
    HttpResponse.json({ log: LOG }),
  ),
  http.get('*/deployit/tasks/v2/task-1/step-log/0_1_1_1', () =>
    HttpResponse.json({ log: '  Stopped.\n' }),
  ),
  http.get('*/deployit/task/task-2', () =>
    HttpResponse.xml(taskStateXml(running)),
  ),
  http.get('*/deployit/tasks/v2/task-2', () =>
    HttpResponse.xml(taskWithBlockXml(running, runningPlan)),
  ),
  http.get('*/deployit/tasks/v2/task-2/block/0_1_1/step', () =>
    HttpResponse.xml(
      stepBlockXml(
        { id: '0_1_1', state: 'EXECUTING', description: 'Upload' },
        runningSteps,
      ),
    ),
  ),
  http.get('*/deployit/task/gone', () =>
    HttpResponse.text('Task gone not found', { status: 404 }),
  ),
  http.get('*/deployit/tasks/v2/gone', () =>
    HttpResponse.text('Task gone not found', { status: 404 }),
  ),
);

async function openTree() {
  stepRequests.length = 0;
  renderAppAt('/tasks/task-1');
  return screen.findByRole('tree', { name: 'Plan of Update of ACC/PetPortal' });
}

test('a deep link shows the task with every metadata key', async () => {
  renderAppAt('/tasks/task-1');

  const heading = await screen.findByRole('heading', {
    name: 'Update of ACC/PetPortal',
    level: 1,
  });
  expect(heading).toBeVisible();
  const metadata = screen.getByRole('region', { name: 'Metadata' });
  for (const value of ['PetPortal', '2.1', 'ACC', 'UPGRADE', 'worker-2']) {
    expect(within(metadata).getByText(value)).toBeVisible();
  }
  expect(within(metadata).getByText('worker_name')).toBeVisible();
  expect(
    screen.getByRole('progressbar', {
      name: 'Progress of Update of ACC/PetPortal',
    }),
  ).toHaveAttribute('aria-valuetext', '2 of 1004 steps done, 1 failure');
});

test('the plan is a tree with failed blocks open and marked', async () => {
  const tree = await openTree();

  const phase = within(tree).getByRole('treeitem', { name: 'Deploy' });
  expect(phase).toHaveAttribute('aria-expanded', 'true');
  expect(phase).toHaveAttribute('aria-level', '1');
  const failed = within(tree).getByRole('treeitem', {
    name: 'Deploy on host-1',
  });
  expect(failed).toHaveAttribute('aria-expanded', 'true');
  expect(within(failed).getAllByText('FAILED')[0]).toBeVisible();
  expect(
    within(tree).getByRole('treeitem', { name: 'Register' }),
  ).toHaveAttribute('aria-expanded', 'false');
});

test('a step block reads its steps only once opened', async () => {
  const user = userEvent.setup();
  const tree = await openTree();
  await within(tree).findByRole('treeitem', {
    name: 'Step 2: Start PetPortal',
  });

  expect(stepRequests).toEqual(['0_1_1']);
  await user.click(within(tree).getByText('Copy 1,000 files'));
  await within(tree).findByRole('treeitem', { name: 'Step 1: Copy file 1' });
  expect(stepRequests).toEqual(['0_1_1', '0_1_2']);
});

test('each step shows its state, failures and duration', async () => {
  const tree = await openTree();

  const step = await within(tree).findByRole('treeitem', {
    name: 'Step 1: Stop PetPortal',
  });
  expect(within(step).getByText('DONE')).toBeVisible();
  expect(within(step).getByText('42 s')).toBeVisible();
  const failed = within(tree).getByRole('treeitem', {
    name: 'Step 2: Start PetPortal',
  });
  expect(within(failed).getByText('1 failure')).toBeVisible();
});

test('clicking a step opens its log with its whitespace kept', async () => {
  const user = userEvent.setup();
  const tree = await openTree();

  await user.click(
    await within(tree).findByRole('treeitem', {
      name: 'Step 1: Stop PetPortal',
    }),
  );

  const log = await screen.findByRole('log', {
    name: 'Log of Stop PetPortal',
  });
  const line = within(log).getByText('  Stopped.', { normalizer: (s) => s });
  expect(line).toHaveClass('whitespace-pre');
  expect(
    within(tree).getByRole('treeitem', { name: 'Step 1: Stop PetPortal' }),
  ).toHaveAttribute('aria-selected', 'true');
});

test('a failed step’s log keeps its indentation line by line', async () => {
  await openTree();

  const log = await screen.findByRole('log', {
    name: 'Log of Start PetPortal',
  });
  const lines = within(log)
    .getAllByText(/./)
    .map((line) => line.textContent);
  expect(lines).toEqual([
    'Starting PetPortal',
    '    at line 12:',
    '\tConnection refused',
  ]);
});

test('a failed task shows the failing step’s log without a click', async () => {
  const user = userEvent.setup();
  renderAppAt('/tasks/task-1');

  const log = await screen.findByRole('log', {
    name: 'Log of Start PetPortal',
  });
  expect(log).toHaveTextContent('Connection refused');
  await user.click(screen.getByRole('button', { name: 'Close log' }));
  expect(screen.queryByRole('log')).toBeNull();
});

test('a block of a thousand steps draws only the rows in view', async () => {
  const user = userEvent.setup();
  const tree = await openTree();

  await user.click(within(tree).getByText('Copy 1,000 files'));
  await within(tree).findByRole('treeitem', { name: 'Step 1: Copy file 1' });

  const rows = tree.querySelectorAll('[data-step-row]');
  // Two steps of the failed block, and one screenful of the large one.
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.length).toBeLessThan(40);
  expect(
    within(tree).getByRole('treeitem', { name: 'Step 1: Copy file 1' }),
  ).toHaveAttribute('aria-setsize', '1000');
});

test('a running block opens at its running step', async () => {
  renderAppAt('/tasks/task-2');
  const tree = await screen.findByRole('tree');

  const current = await within(tree).findByRole('treeitem', {
    name: 'Step 600: Upload file 600',
  });
  expect(within(current).getByText('EXECUTING')).toBeVisible();
  expect(
    within(tree).queryByRole('treeitem', { name: 'Step 1: Upload file 1' }),
  ).toBeNull();
  expect(within(tree).getByText('599 of 1000 steps done')).toBeVisible();
});

test('the keyboard moves through the tree and opens blocks and logs', async () => {
  const user = userEvent.setup();
  const tree = await openTree();
  await within(tree).findByRole('treeitem', {
    name: 'Step 2: Start PetPortal',
  });

  const first = within(tree).getByRole('treeitem', { name: 'Deploy' });
  // The first item is the tree's one stop in the tab order.
  expect(first).toHaveAttribute('tabindex', '0');
  act(() => {
    first.focus();
  });
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
  expect(
    within(tree).getByRole('treeitem', { name: 'Step 2: Start PetPortal' }),
  ).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(
    await screen.findByRole('log', { name: 'Log of Start PetPortal' }),
  ).toBeVisible();

  await user.keyboard('{End}');
  const register = within(tree).getByRole('treeitem', { name: 'Register' });
  expect(register).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(register).toHaveAttribute('aria-expanded', 'true');
  await user.keyboard('{Home}');
  expect(within(tree).getByRole('treeitem', { name: 'Deploy' })).toHaveFocus();
});

test('a task that is gone is named as such', async () => {
  renderAppAt('/tasks/gone');

  await waitFor(() => {
    expect(
      screen.getByText(/Task gone cannot be shown: XL Deploy does not know/),
    ).toBeVisible();
  });
});

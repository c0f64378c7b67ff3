import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, test } from 'vitest';
import { setLogSink } from '../log.ts';
import { renderAppAt } from '../views/test-support/render-app.tsx';
import {
  settingsHandler,
  setupMswServer,
} from '../views/test-support/msw-server.ts';
import { taskListXml } from '../views/test-support/xld-xml.ts';
import { ErrorBoundary } from './error-boundary.tsx';

setupMswServer(
  settingsHandler(false),
  http.get('*/deployit/task/current/all', () =>
    HttpResponse.xml(
      taskListXml([
        {
          id: 'task-1',
          state: 'EXECUTING',
          description: 'Update of ACC/PetPortal',
          currentStep: 1,
          totalSteps: 3,
        },
      ]),
    ),
  ),
);

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.className = '';
});

test('the theme toggle switches to dark and remembers it', async () => {
  const user = userEvent.setup();
  renderAppAt('/');

  await user.click(screen.getByRole('button', { name: 'Dark theme' }));

  expect(document.documentElement).toHaveClass('dark');
  expect(window.localStorage.getItem('xld-dashboard:theme')).toBe('dark');
  expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a theme in the URL wins, so a wall screen can bookmark it', () => {
  window.localStorage.setItem('xld-dashboard:theme', 'light');
  renderAppAt('/?theme=dark');

  expect(document.documentElement).toHaveClass('dark');
});

test('wall mode is kept in the URL and enlarges the page', async () => {
  const user = userEvent.setup();
  renderAppAt('/?environment=ACC');

  await user.click(screen.getByRole('button', { name: 'Wall mode' }));

  expect(window.location.search).toBe('?environment=ACC&wall=1');
  expect(document.documentElement).toHaveClass('wall');
});

test('links to a task keep the screen’s theme and wall mode', async () => {
  renderAppAt('/?wall=1&theme=dark&state=EXECUTING');
  const card = await screen.findByRole('article', {
    name: 'Update of ACC/PetPortal',
  });

  expect(within(card).getByRole('link')).toHaveAttribute(
    'href',
    '/tasks/task-1?theme=dark&wall=1',
  );
});

test('an unknown address says so and leads back', () => {
  renderAppAt('/nowhere');

  expect(screen.getByRole('heading', { name: 'No such page' })).toBeVisible();
  expect(
    screen.getByRole('link', { name: 'Show the current tasks' }),
  ).toHaveAttribute('href', '/');
});

function Exploding({ fail }: { readonly fail: { current: boolean } }) {
  if (fail.current) throw new Error('The view broke');
  return <p>Back again</p>;
}

test('a failing view shows a readable fallback that can retry', async () => {
  const lines: string[] = [];
  setLogSink((_level, line) => lines.push(line));
  const user = userEvent.setup();
  const fail = { current: true };
  render(
    <ErrorBoundary>
      <Exploding fail={fail} />
    </ErrorBoundary>,
  );

  expect(screen.getByRole('alert')).toHaveTextContent('This screen failed');
  expect(screen.getByRole('alert')).toHaveTextContent('The view broke');
  fail.current = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));

  expect(screen.getByText('Back again')).toBeVisible();
  expect(lines.join('\n')).toContain('screen failed: The view broke');
});

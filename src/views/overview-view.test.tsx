import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createQueryClient } from '../queries/query-client.ts';
import { OverviewView } from './overview-view.tsx';

const server = setupServer(
  http.get('*/deployit/task/current/all', () =>
    HttpResponse.xml(
      '<list><task id="t1" currentStep="3" totalSteps="8" failures="0" ' +
        'state="EXECUTING" state2="EXECUTING" owner="admin">' +
        '<description>Update of ACC/PetPortal</description>' +
        '<metadata><application>PetPortal</application></metadata>' +
        '</task></list>',
    ),
  ),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

test('shows each current task with a progress bar of its steps', async () => {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <OverviewView />
    </QueryClientProvider>,
  );

  const bar = await screen.findByRole('progressbar', {
    name: 'Progress of Update of ACC/PetPortal',
  });
  expect(bar).toHaveAttribute('aria-valuenow', '3');
  expect(bar).toHaveAttribute('aria-valuemax', '8');
});

import { describe, expect, test } from 'vitest';
import { routeDeployit, START_SWITCHED_OFF } from './allowlist.ts';

const ID = 'bd4aef1c-3a85-4d1a-a839-03ae619d01df';

const READS = [
  '/deployit/task/current',
  '/deployit/task/current/all',
  `/deployit/task/${ID}`,
  `/deployit/task/${ID}/step`,
  `/deployit/task/${ID}/step/3`,
  '/deployit/tasks/v2/current',
  '/deployit/tasks/v2/current/all',
  `/deployit/tasks/v2/${ID}`,
  `/deployit/tasks/v2/${ID}/block/0_1_1`,
  `/deployit/tasks/v2/${ID}/block/1-1-1`,
  `/deployit/tasks/v2/${ID}/block/0_1_1/step`,
  `/deployit/tasks/v2/${ID}/step/0_1_1_1`,
  `/deployit/tasks/v2/${ID}/step-log/0_1_1_1`,
  '/deployit/tasks/v2/query',
];

const REFUSED_READS = [
  '/deployit/task/export',
  '/deployit/task/query',
  '/deployit/tasks/v2/export/step',
  `/deployit/task/${ID}/step/0_1`,
  '/deployit/tasks/v2/export',
  `/deployit/tasks/v2/${ID}/full`,
  `/deployit/tasks/v2/${ID}/status/0_1_1`,
  '/deployit/tasks/v2/current/satellite',
  '/deployit/repository/ci/Environments',
  '/deployit/server/state',
  '/deployit/security/user',
  '/deployit',
  '/deployit/',
  '/deployitx/task/current',
  '/task/current',
];

const TRICKS = [
  '/deployit/task/current/../../repository/ci/x',
  '/deployit/task/..%2f..%2frepository',
  `/deployit/task/${ID}%2Fstep`,
  `/deployit/task/${ID}/%2e%2e/%2e%2e/security`,
  '/deployit//task/current',
  '/deployit/task//current',
  '/deployit/task/current\\all',
  `/deployit/task/${ID};jsessionid=1`,
  `/deployit/task/.${ID}`,
  '/deployit/task/current//',
  `/deployit/tasks/v2/${ID}/block/0_1/../../../repository`,
];

describe('routeDeployit', () => {
  test.each(READS)('forwards GET %s as a read', (url) => {
    const route = routeDeployit('GET', url, false);

    expect(route).toEqual({
      kind: 'read',
      path: url.replace('/deployit', ''),
      query: '',
    });
  });

  test('tolerates one trailing slash, as XL Deploy does', () => {
    expect(routeDeployit('GET', `/deployit/task/${ID}/`, false)).toEqual({
      kind: 'read',
      path: `/task/${ID}`,
      query: '',
    });
  });

  test.each(REFUSED_READS)('refuses GET %s', (url) => {
    expect(routeDeployit('GET', url, true).kind).toBe('refused');
  });

  test.each(TRICKS)('refuses the crafted path %s', (url) => {
    expect(routeDeployit('GET', url, true).kind).toBe('refused');
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])(
    'refuses %s on a read endpoint',
    (method) => {
      const route = routeDeployit(method, `/deployit/task/${ID}`, true);

      expect(route.kind).toBe('refused');
    },
  );

  test.each([`/deployit/task/${ID}/start`, `/deployit/tasks/v2/${ID}/start`])(
    'forwards POST %s only when starting is switched on',
    (url) => {
      expect(routeDeployit('POST', url, true)).toEqual({
        kind: 'start',
        path: url.replace('/deployit', ''),
        taskId: ID,
      });
      expect(routeDeployit('POST', url, false)).toEqual({
        kind: 'refused',
        reason: START_SWITCHED_OFF,
      });
      expect(routeDeployit('GET', url, true).kind).toBe('refused');
    },
  );

  test.each(['abort', 'stop', 'archive', 'skip', 'schedule', 'cancel'])(
    'refuses the %s action even with actions on',
    (action) => {
      const v1 = routeDeployit('POST', `/deployit/task/${ID}/${action}`, true);
      const v2 = routeDeployit(
        'POST',
        `/deployit/tasks/v2/${ID}/${action}`,
        true,
      );

      expect(v1.kind).toBe('refused');
      expect(v2.kind).toBe('refused');
    },
  );

  test('refuses cancelling a task with DELETE', () => {
    expect(routeDeployit('DELETE', `/deployit/task/${ID}`, true).kind).toBe(
      'refused',
    );
  });

  test('passes the archive query its dates and paging in a fixed order', () => {
    const route = routeDeployit(
      'GET',
      '/deployit/tasks/v2/query?resultsPerPage=50&begindate=2026-01-01&page=2',
      false,
    );

    expect(route).toEqual({
      kind: 'read',
      path: '/tasks/v2/query',
      query: '?begindate=2026-01-01&page=2&resultsPerPage=50',
    });
  });

  test.each([
    '/deployit/tasks/v2/query?taskSet=ALL',
    '/deployit/tasks/v2/query?page=%2F..',
    '/deployit/task/current/all?x=1',
  ])('refuses query parameters the dashboard does not send: %s', (url) => {
    expect(routeDeployit('GET', url, false).kind).toBe('refused');
  });

  test('names the refused request in its reason', () => {
    const route = routeDeployit('DELETE', `/deployit/task/${ID}`, true);

    expect(route).toEqual({
      kind: 'refused',
      reason: expect.stringContaining(`DELETE /deployit/task/${ID}`) as string,
    });
  });
});

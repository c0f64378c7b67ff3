import { afterEach, expect, test, vi } from 'vitest';
import { FaultSwitch, parseFaultArguments } from './faults.ts';
import { createTestEngine, steps, taskSpec } from './test-engine.ts';
import { BASE_URL, setupXldServer, xld } from './test-http.ts';

const { serve } = setupXldServer();

function withFaults(faults: FaultSwitch = new FaultSwitch()) {
  const sim = createTestEngine();
  sim.engine.addTask(taskSpec({ description: 'A', steps: steps(1) }));
  serve(sim, { faults });
  return faults;
}

afterEach(() => {
  vi.useRealTimers();
});

test('latency holds the answer back for the given time', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  withFaults(new FaultSwitch({ latencyMs: 5000 }));
  let answered = false;

  const response = xld('/task/current/all').then((r) => {
    answered = true;
    return r;
  });
  await vi.advanceTimersByTimeAsync(4999);
  expect(answered).toBe(false);
  await vi.advanceTimersByTimeAsync(1);

  expect((await response).status).toBe(200);
});

test('a 5xx fault answers XL Deploy’s internal error text', async () => {
  withFaults(new FaultSwitch({ status: 503 }));

  const response = await xld('/task/current/all');

  expect(response.status).toBe(503);
  expect(await response.text()).toMatch(
    /^An internal error has occurred, please notify your system administrator with the following code: [0-9a-f-]{36}$/,
  );
});

test('the 401 fault refuses even the right credentials', async () => {
  withFaults(new FaultSwitch({ unauthorized: true }));

  expect((await xld('/task/current/all')).status).toBe(401);
});

test('truncated XML is the first half; malformed XML breaks its root', async () => {
  const faults = withFaults();
  const whole = await (await xld('/task/current/all')).text();

  faults.set({ truncate: true });
  const truncated = await (await xld('/task/current/all')).text();
  faults.set({ malformed: true });
  const malformed = await (await xld('/task/current/all')).text();

  expect(truncated).toBe(whole.slice(0, Math.floor(whole.length / 2)));
  expect(truncated).not.toContain('</list>');
  expect(malformed).toBe(whole.replace(/<\/list>\n$/, '</list-broken> & more'));
});

test('a reset cuts the body; a server down fails the request', async () => {
  const faults = withFaults(new FaultSwitch({ reset: true }));

  const reset = await xld('/task/current/all');
  await expect(reset.text()).rejects.toThrow();
  faults.set({ down: true });
  await expect(xld('/task/current/all')).rejects.toThrow(TypeError);
});

test('rate and path limit which requests a fault hits', async () => {
  withFaults(new FaultSwitch({ status: 500, path: '/tasks/v2' }));
  expect((await xld('/task/current/all')).status).toBe(200);
  expect((await xld('/tasks/v2/current/all')).status).toBe(500);

  withFaults(new FaultSwitch({ status: 500, rate: 0.5 }, 7));
  const statuses = await Promise.all(
    Array.from({ length: 40 }, async () => (await xld('/task/current')).status),
  );
  expect(statuses).toContain(200);
  expect(statuses).toContain(500);
});

test('the control endpoint sets, reads and clears the faults', async () => {
  const faults = withFaults();
  const control = BASE_URL.replace('/deployit', '/__simulator/faults');

  const set = await fetch(control, {
    method: 'POST',
    body: JSON.stringify({ status: 502 }),
  });
  expect(await set.json()).toEqual({ status: 502 });
  expect((await xld('/task/current/all')).status).toBe(502);
  expect(await (await fetch(control)).json()).toEqual({ status: 502 });

  const bad = await fetch(control, { method: 'POST', body: '{"slow":1}' });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toMatch(/^Unknown fault "slow"/);

  await fetch(control, { method: 'DELETE' });
  expect(faults.get()).toEqual({});
  expect((await xld('/task/current/all')).status).toBe(200);
});

test('faults from the command line are read and checked', () => {
  expect(
    parseFaultArguments([
      'latency=250',
      'status=503',
      'truncate',
      'path=/task/',
    ]),
  ).toEqual({ latencyMs: 250, status: 503, truncate: true, path: '/task/' });
  expect(() => parseFaultArguments(['status=200'])).toThrow(/400-599/);
  expect(() => parseFaultArguments(['latency=soon'])).toThrow(/number/);
  expect(() => parseFaultArguments(['sometimes'])).toThrow(/Unknown fault/);
});

import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSimulator, type RunningSimulator } from './start.ts';

const run = promisify(exec);
let simulator: RunningSimulator;

/** The first free port of the range kept for the simulator's own tests. */
async function startOnFreePort(): Promise<RunningSimulator> {
  for (let port = 4620; port < 4640; port++) {
    try {
      return await startSimulator({ port });
    } catch {
      // In use: try the next one.
    }
  }
  throw new Error('No free port between 4620 and 4639');
}

beforeAll(async () => {
  simulator = await startOnFreePort();
});

afterAll(async () => {
  await simulator.close();
});

test('curl starts a pending task and then reads it executing', async () => {
  const { port, engine } = simulator;
  const pending = engine
    .currentTasks()
    .find((task) => task.state === 'PENDING');
  if (pending === undefined) throw new Error('The morning has a PENDING task');
  const id = pending.id;

  const start = await run(
    `curl -u admin:admin -X POST http://localhost:${port}/deployit/task/${id}/start`,
  );
  expect(start.stdout).toBe('');

  // A worker may hold the task QUEUED for a moment before it executes.
  let state = '';
  for (let attempt = 0; attempt < 50 && state !== 'EXECUTING'; attempt++) {
    const read = await run(
      `curl -u admin:admin http://localhost:${port}/deployit/task/${id}/`,
    );
    expect(read.stdout).toContain(`<task id="${id}"`);
    state = /state2="(\w+)"/.exec(read.stdout)?.[1] ?? '';
    if (state === 'QUEUED') await new Promise((wait) => setTimeout(wait, 100));
  }
  expect(state).toBe('EXECUTING');
});

test('faults switched at run time reach real HTTP clients', async () => {
  const { port } = simulator;
  const base = `http://localhost:${port}`;
  const control = `${base}/__simulator/faults`;
  const read = () =>
    fetch(`${base}/deployit/task/current/all`, {
      headers: { Authorization: `Basic ${btoa('admin:admin')}` },
    });

  await fetch(control, { method: 'POST', body: '{"status":503}' });
  expect((await read()).status).toBe(503);

  await fetch(control, { method: 'POST', body: '{"reset":true}' });
  const reset = await read();
  expect(reset.status).toBe(200);
  await expect(reset.text()).rejects.toThrow();

  await fetch(control, { method: 'POST', body: '{"down":true}' });
  await expect(read()).rejects.toThrow(TypeError);

  await fetch(control, { method: 'DELETE' });
  expect((await read()).status).toBe(200);
});

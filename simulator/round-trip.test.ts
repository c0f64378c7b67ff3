// Every XML answer of the simulator, read back by the dashboard's own
// parser: what the simulator means is what the dashboard understands.
import { expect, test } from 'vitest';
import {
  parseBlockState,
  parseStepBlockState,
  parseStepLog,
  parseStepState,
  parseTaskState,
  parseTaskStateList,
  parseTaskWithBlock,
  parseTaskWithBlockList,
  parseTaskWithSteps,
} from '../src/xld/parse.ts';
import { createManualClock } from './clock.ts';
import type { SimBlock, SimStep, SimTask } from './model.ts';
import { createSimulation } from './simulation.ts';
import type { TestEngine } from './test-engine.ts';
import { setupXldServer, xld } from './test-http.ts';
import { legacyState, currentStepOf } from './xml.ts';

const { serve } = setupXldServer();

function morning(): TestEngine {
  const clock = createManualClock(Date.UTC(2026, 11, 3, 8, 30));
  const engine = createSimulation({ clock: clock.now, seed: 11 });
  const sim = {
    engine,
    clock,
    advance: (ms: number) => {
      clock.advance(ms);
    },
  };
  serve(sim);
  // Half a second into a step, so that running logs are partly written.
  sim.advance(500);
  return sim;
}

async function text(path: string): Promise<string> {
  const response = await xld(path);
  expect(response.status).toBe(200);
  return response.text();
}

function date(epochMs: number | undefined): unknown {
  return epochMs === undefined
    ? undefined
    : expect.objectContaining({ epochMs });
}

function taskBase(task: SimTask) {
  return {
    id: task.id,
    owner: task.owner,
    description: task.description,
    failures: task.failures,
    startDate: date(task.startedAt),
    completionDate: date(task.completedAt),
    metadata: task.metadata,
  };
}

function taskState(task: SimTask): unknown {
  return expect.objectContaining({
    ...taskBase(task),
    state: task.state,
    stateText: task.state,
    currentStep: currentStepOf(task),
    totalSteps: task.steps.length,
  });
}

function stepState(step: SimStep, log: string): unknown {
  return expect.objectContaining({
    state: step.state,
    failures: step.failures,
    description: step.description,
    startDate: date(step.startedAt),
    completionDate: date(step.completedAt),
    log,
    metadata: step.metadata,
  });
}

function block(simBlock: SimBlock): unknown {
  const base = {
    id: simBlock.path,
    state: simBlock.state,
    description: simBlock.description,
  };
  // An empty composite block (the root of an inspection task) differs on the
  // wire from a step block only by its `parallel` attribute, which the
  // parser reads as the sign of a composite block.
  if (simBlock.kind === 'steps') {
    return expect.objectContaining({ ...base, kind: 'step' });
  }
  return expect.objectContaining({
    ...base,
    kind: 'composite',
    phase: simBlock.phase,
    parallel: simBlock.parallel,
    blocks: simBlock.blocks.map(block),
  });
}

function taskWithBlock(task: SimTask): unknown {
  return expect.objectContaining({
    ...taskBase(task),
    state: task.state,
    scheduledDate: date(task.scheduledAt),
    block: block(task.root),
  });
}

test('v1 task lists and tasks read back as the simulator holds them', async () => {
  const { engine } = morning();
  const tasks = engine.currentTasks();

  const list = parseTaskStateList(await text('/task/current/all'));

  expect(list).toEqual(tasks.map(taskState));
  for (const task of tasks) {
    const one = parseTaskState(await text(`/task/${task.id}`));
    expect(one).toEqual(taskState(task));
    expect(legacyState(task.state)).toBeDefined();
  }
});

test('v1 steps read back with their states, dates and logs', async () => {
  const { engine } = morning();
  const failed = engine.currentTasks().find((task) => task.state === 'FAILED');
  if (failed === undefined) throw new Error('The morning has a FAILED task');

  const withSteps = parseTaskWithSteps(await text(`/task/${failed.id}/step`));
  const third = parseStepState(await text(`/task/${failed.id}/step/3`));

  expect(withSteps).toEqual(
    expect.objectContaining({
      ...taskBase(failed),
      steps: failed.steps.map((step) => stepState(step, step.log)),
    }),
  );
  const step = failed.steps[2];
  if (step === undefined) throw new Error('The failed task has three steps');
  expect(third).toEqual(stepState(step, step.log));
});

test('v2 task lists and block trees read back with phases and active blocks', async () => {
  const { engine } = morning();
  const tasks = engine.currentTasks();

  const list = parseTaskWithBlockList(await text('/tasks/v2/current/all'));

  expect(list).toEqual(tasks.map(taskWithBlock));
  for (const task of tasks) {
    const one = parseTaskWithBlock(await text(`/tasks/v2/${task.id}`));
    expect(one).toEqual(taskWithBlock(task));
    const executing: string[] = [];
    const collect = (b: SimBlock) => {
      if (b.state === 'EXECUTING') executing.push(b.path);
      if (b.kind === 'composite') b.blocks.forEach(collect);
    };
    collect(task.root);
    expect(one.activeBlocks).toEqual(executing);
  }
});

test('blocks, step blocks, steps and step logs read back', async () => {
  const { engine } = morning();
  const now = engine.now();
  const running = engine
    .currentTasks()
    .filter((task) => task.running.length > 0);

  for (const task of running) {
    for (const [path, stepBlock] of task.stepBlocks) {
      const read = parseStepBlockState(
        await text(`/tasks/v2/${task.id}/block/${path}/step`),
      );
      expect(read.id).toBe(path);
      expect(read.state).toBe(stepBlock.state);
      expect(read.steps).toHaveLength(stepBlock.steps.length);
      if (stepBlock.steps.length > 50) continue;
      expect(read.steps.map((s) => s.state)).toEqual(
        stepBlock.steps.map((s) => s.state),
      );
    }
    const phase = parseBlockState(await text(`/tasks/v2/${task.id}/block/0_1`));
    expect(phase).toEqual(block(task.root.blocks[0] ?? task.root));

    const step = task.running[0];
    if (step === undefined) continue;
    const read = parseStepState(
      await text(`/tasks/v2/${task.id}/step/${step.path}`),
    );
    const logResponse = await xld(`/tasks/v2/${task.id}/step-log/${step.path}`);
    const log = parseStepLog(
      await logResponse.text(),
      logResponse.headers.get('Content-Type') ?? '',
    );
    expect(read.state).toBe('EXECUTING');
    expect(read.log).toBe(log);
    expect(log.startsWith(step.log)).toBe(true);
    expect(now).toBe(engine.now());
  }
});

test('the archive query reads back as archived tasks', async () => {
  const { engine } = morning();

  const archived = parseTaskWithBlockList(await text('/tasks/v2/query'));
  const v1 = parseTaskStateList(await text('/task/query'));

  const expected = engine
    .archivedTasks()
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  expect(archived).toEqual(expected.map(taskWithBlock));
  expect(v1.map((task) => task.id)).toEqual(expected.map((task) => task.id));
});

// Hand-made variants: each state, each optional element present or absent,
// both id styles, phases, states not known, lists of one and none.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  parseStepBlockState,
  parseStepState,
  parseTaskState,
  parseTaskStateList,
  parseTaskWithBlock,
  parseTaskWithBlockList,
  parseTaskWithSteps,
} from './parse.ts';
import {
  BLOCK_EXECUTION_STATES,
  STEP_EXECUTION_STATES,
  TASK_EXECUTION_STATES,
} from './types.ts';

function variant(name: string): string {
  return readFileSync(
    new URL(`../../test/fixtures/xld/variants/${name}`, import.meta.url),
    'utf8',
  );
}

describe('TaskWithBlock with phases', () => {
  const task = parseTaskWithBlock(
    variant('taskwithblock-executing-phases.xml'),
  );

  test('keeps the task fields and the active blocks in order', () => {
    expect(task.id).toBe('4d7eedeb-2481-4024-af22-e84c593ec4e5');
    expect(task.state).toBe('EXECUTING');
    expect(task.owner).toBe('admin');
    expect(task.activeBlocks).toEqual(['0', '0_1', '0_1_1']);
    expect(task.metadata.worker_name).toBe('In-process worker');
    expect(task.completionDate).toBeUndefined();
  });

  test('reads each phase as a composite block holding its block', () => {
    const root = task.block;
    if (root?.kind !== 'composite') throw new Error('no composite root');
    expect(root.phase).toBe(false);
    expect(root.blocks.map((phase) => [phase.id, phase.kind])).toEqual([
      ['0_1', 'composite'],
      ['0_2', 'composite'],
    ]);
    const [deploy] = root.blocks;
    expect(deploy).toMatchObject({
      phase: true,
      description: 'Deploy',
      blocks: [{ kind: 'step', id: '0_1_1', state: 'EXECUTING' }],
    });
  });
});

describe('TaskWithSteps of a failed task', () => {
  const task = parseTaskWithSteps(variant('taskwithsteps-failed.xml'));

  test('prefers state2 to the legacy state', () => {
    expect(task.state).toBe('FAILED');
    expect(task.stateText).toBe('FAILED');
    expect(task.failures).toBe(2);
  });

  test('reads dates with +02:00 and Z offsets as instants', () => {
    expect(task.startDate?.epochMs).toBe(Date.UTC(2024, 1, 27, 23, 57, 6, 127));
    expect(task.steps[0]?.completionDate?.epochMs).toBe(
      Date.UTC(2024, 1, 28, 1, 57, 7, 255),
    );
  });

  test('keeps logs whitespace, decodes references, entities and CDATA', () => {
    expect(task.steps[0]?.log).toBe('Stopping JBoss\n  pid 4242 stopped\n');
    expect(task.steps[1]?.log).toBe(
      '    Copying PetClinic.ear & config\n# Attempt nr. 2\n' +
        'ERROR: <jboss-web> missing & "quoted"\n',
    );
    expect(task.steps[2]?.log).toBe('');
  });

  test('reads each step state, failures and optional dates', () => {
    expect(task.steps.map((step) => [step.state, step.failures])).toEqual([
      ['DONE', 0],
      ['FAILED', 2],
      ['PENDING', 0],
    ]);
    expect(task.steps[2]?.startDate).toBeUndefined();
    expect(task.steps[2]?.metadata).toEqual({ order: '90' });
  });
});

describe('a newer server', () => {
  const task = parseTaskState(variant('taskstate-newer-server.xml'));

  test('keeps a state it does not know verbatim, as UNKNOWN', () => {
    expect(task.state).toBe('UNKNOWN');
    expect(task.stateText).toBe('FORCE_CANCELLING');
  });

  test('ignores unknown elements and keeps every metadata key', () => {
    expect(task.id).toBe('0_1_1');
    expect(task.description).toBe(
      'Undeployment of Environments/Prod/PROD <EU>/PetPortal',
    );
    expect(task.scheduledDate?.epochMs).toBe(Date.UTC(2024, 1, 28, 3));
    expect(task.metadata).toEqual({
      application: 'PetPortal',
      environment_reference_id: '8f85359d-22a3-40c1-89fc-c832b6e853fa',
      satellite_ids: '',
      enableCopyArtifactRetry: 'false',
    });
  });
});

test('a list of one task is a list', () => {
  const tasks = parseTaskStateList(variant('tasklist-one.xml'));
  expect(tasks.map((task) => task.id)).toEqual(['only-one']);
  expect(tasks[0]?.metadata).toEqual({});
  expect(tasks[0]?.description).toBe('');
});

test('an empty list is an empty array', () => {
  expect(parseTaskStateList(variant('tasklist-empty.xml'))).toEqual([]);
  expect(parseTaskWithBlockList('<list>\n</list>')).toEqual([]);
});

test.each(TASK_EXECUTION_STATES)('reads the task state %s', (state) => {
  const v1 = parseTaskState(`<task id="t" state="${state}"/>`);
  const v2 = parseTaskWithBlock(`<task id="t" state="${state}"/>`);
  expect([v1.state, v2.state]).toEqual([state, state]);
});

test.each(BLOCK_EXECUTION_STATES)('reads the block state %s', (state) => {
  const block = parseStepBlockState(`<block id="0_1_1" state="${state}"/>`);
  expect(block.state).toBe(state);
});

test.each(STEP_EXECUTION_STATES)('reads the step state %s', (state) => {
  expect(parseStepState(`<step state="${state}"/>`).state).toBe(state);
});

test('block and step states not known are kept verbatim', () => {
  const block = parseStepBlockState(
    '<block id="1-2" state="QUEUED"><step state="CANCELLED"/></block>',
  );
  expect([block.state, block.stateText]).toEqual(['UNKNOWN', 'QUEUED']);
  expect(block.steps[0]?.stateText).toBe('CANCELLED');
});

test('a task with only an id has every optional field empty', () => {
  expect(parseTaskWithBlock('<task id="t"/>')).toEqual({
    id: 't',
    state: 'UNKNOWN',
    stateText: '',
    owner: undefined,
    description: '',
    failures: 0,
    startDate: undefined,
    completionDate: undefined,
    scheduledDate: undefined,
    metadata: {},
    activeBlocks: [],
    block: undefined,
  });
});

test('both id styles are opaque strings', () => {
  const dashed = parseTaskWithBlock(
    '<task id="1"><block id="1" state="DONE"><block id="1-1"/></block></task>',
  );
  const underscored = parseTaskWithBlock(
    '<task id="2"><block id="0" state="DONE"><block id="0_1_1"/></block></task>',
  );
  const childOf = (task: typeof dashed) =>
    task.block?.kind === 'composite' ? task.block.blocks[0]?.id : undefined;
  expect([childOf(dashed), childOf(underscored)]).toEqual(['1-1', '0_1_1']);
});

test('a step block reads its current step and its steps in order', () => {
  const block = parseStepBlockState(
    '<block id="0_1_1" state="EXECUTING" description="On host" current="2">' +
      '<step state="DONE"><description>One</description></step>' +
      '<step state="EXECUTING"><description>Two</description></step></block>',
  );
  expect(block.current).toBe(2);
  expect(block.steps.map((step) => step.description)).toEqual(['One', 'Two']);
});

test('counters that are not whole numbers read as absent', () => {
  const task = parseTaskState(
    '<task id="t" currentStep="-1" totalSteps="2.5" failures="many"/>',
  );
  expect([task.currentStep, task.totalSteps, task.failures]).toEqual([0, 0, 0]);
});

test('decodes character references in attributes and text', () => {
  const task = parseTaskState(
    '<task id="t&#45;1" owner="j&#x2019;s"><description>a&#10;b &amp;amp;' +
      ' &nbsp; &#0; &#x110000;</description></task>',
  );
  expect(task.id).toBe('t-1');
  expect(task.owner).toBe('j\u2019s');
  expect(task.description).toBe('a\nb &amp; &nbsp; &#0; &#x110000;');
});

test('metadata keys named like Object members keep their names', () => {
  const task = parseTaskState(
    '<task id="t"><metadata><toString>x</toString>' +
      '<hasOwnProperty>y</hasOwnProperty></metadata></task>',
  );
  expect(task.metadata).toEqual({ toString: 'x', hasOwnProperty: 'y' });
});

// XL Deploy's XML shapes for the simulator's tasks (REFERENCE §7):
// TaskState and TaskWithSteps (v1), TaskWithBlock, BlockState,
// StepBlockState and StepState (v2), and the `<list>` wrapper.
import type {
  SimBlock,
  SimStep,
  SimStepBlock,
  SimTask,
  SimTaskState,
} from './model.ts';
import { stepLogAt } from './step-log.ts';
import { eachBlock } from './tree.ts';
import {
  dateElement,
  mapElement,
  textElement,
  toXml,
  type XmlElement,
} from './xml-writer.ts';

/** the legacy value set of v1 `state`; `state2` carries the full one. */
export function legacyState(state: SimTaskState): SimTaskState {
  switch (state) {
    case 'FAILED':
    case 'ABORTED':
      return 'STOPPED';
    case 'FAILING':
    case 'STOPPING':
    case 'ABORTING':
      return 'EXECUTING';
    case 'SCHEDULED':
      return 'PENDING';
    default:
      return state;
  }
}

/**
 * v1 `currentStep`: 0 before the start, the number of the step the task is
 * at as if the plan ran one step at a time (the steps passed, plus one),
 * `totalSteps` once all are passed. With parallel blocks it never
 * counts a running step as done, so a progress bar drawn from it does not
 * run ahead of the server.
 */
export function currentStepOf(task: SimTask): number {
  if (!task.hasRun) return 0;
  let passed = 0;
  for (const step of task.steps) {
    if (step.state === 'DONE' || step.state === 'SKIPPED') passed++;
  }
  return Math.min(passed + 1, task.steps.length);
}

function currentStepsOf(task: SimTask, currentStep: number): XmlElement {
  const running = task.running.map((step) => step.position);
  const current =
    running.length > 0 ? running.sort((a, b) => a - b) : [currentStep];
  return {
    name: 'currentSteps',
    children: current.map((n) => textElement('current', String(n))),
  };
}

function taskStateElement(task: SimTask, extra?: XmlElement): XmlElement {
  const currentStep = currentStepOf(task);
  return {
    name: 'task',
    attributes: [
      ['id', task.id],
      ['currentStep', String(currentStep)],
      ['totalSteps', String(task.steps.length)],
      ['failures', String(task.failures)],
      ['state', legacyState(task.state)],
      ['state2', task.state],
      ['owner', task.owner],
    ],
    children: [
      textElement('description', task.description),
      dateElement('startDate', task.startedAt),
      dateElement('completionDate', task.completedAt),
      currentStepsOf(task, currentStep),
      mapElement('metadata', task.metadata),
      extra,
    ],
  };
}

export function stepElement(step: SimStep, now: number): XmlElement {
  return {
    name: 'step',
    attributes: [
      ['failures', String(step.failures)],
      ['state', step.state],
    ],
    children: [
      textElement('description', step.description),
      dateElement('startDate', step.startedAt),
      dateElement('completionDate', step.completedAt),
      textElement('log', stepLogAt(step, now)),
      mapElement('metadata', step.metadata),
    ],
  };
}

/** executing blocks in document order, ancestors included. */
function activeBlocksOf(task: SimTask): XmlElement | undefined {
  const active: XmlElement[] = [];
  eachBlock(task.root, (block) => {
    if (block.state === 'EXECUTING')
      active.push(textElement('active', block.path));
  });
  return active.length === 0
    ? undefined
    : { name: 'activeBlocks', children: active };
}

/** BlockState: composite blocks with their children, step blocks empty. */
export function blockElement(block: SimBlock): XmlElement {
  const attributes: [string, string | undefined][] = [
    ['id', block.path],
    ['state', block.state],
    ['description', block.description],
  ];
  if (block.kind === 'steps') return { name: 'block', attributes };

  attributes.push(['parallel', String(block.parallel)]);
  if (block.phase) attributes.push(['phase', 'true']);
  return {
    name: 'block',
    attributes,
    children: block.blocks.map(blockElement),
  };
}

function taskWithBlockElement(task: SimTask): XmlElement {
  return {
    name: 'task',
    attributes: [
      ['id', task.id],
      ['failures', String(task.failures)],
      ['state', task.state],
      ['owner', task.owner],
    ],
    children: [
      textElement('description', task.description),
      dateElement('startDate', task.startedAt),
      dateElement('completionDate', task.completedAt),
      dateElement('scheduledDate', task.scheduledAt),
      activeBlocksOf(task),
      mapElement('metadata', task.metadata),
      blockElement(task.root),
    ],
  };
}

function listXml(items: readonly XmlElement[]): string {
  return toXml({ name: 'list', children: items });
}

export function taskStateXml(task: SimTask): string {
  return toXml(taskStateElement(task));
}

export function taskStateListXml(tasks: readonly SimTask[]): string {
  return listXml(tasks.map((task) => taskStateElement(task)));
}

/** TaskWithSteps: TaskState with every step, `<steps>` last. */
export function taskWithStepsXml(task: SimTask, now: number): string {
  const steps: XmlElement = {
    name: 'steps',
    children: task.steps.map((step) => stepElement(step, now)),
  };
  return toXml(taskStateElement(task, steps));
}

export function taskWithBlockXml(task: SimTask): string {
  return toXml(taskWithBlockElement(task));
}

export function taskWithBlockListXml(tasks: readonly SimTask[]): string {
  return listXml(tasks.map(taskWithBlockElement));
}

export function blockXml(block: SimBlock): string {
  return toXml(blockElement(block));
}

/** StepBlockState; `current` is the active step's number, 0 before. */
export function stepBlockXml(block: SimStepBlock, now: number): string {
  const current =
    block.state === 'PENDING'
      ? 0
      : Math.min(block.cursor + 1, block.steps.length);
  return toXml({
    name: 'block',
    attributes: [
      ['id', block.path],
      ['state', block.state],
      ['description', block.description],
      ['current', String(current)],
    ],
    children: block.steps.map((step) => stepElement(step, now)),
  });
}

export function stepXml(step: SimStep, now: number): string {
  return toXml(stepElement(step, now));
}

// Maps a parsed `<task>` element: TaskState and TaskWithSteps (TaskService,
// v1) and TaskWithBlock (TaskBlockService, v2).
import { XldResponseError } from './errors.ts';
import { toBlockState } from './map-block.ts';
import { readDate, readStateText, toStepState } from './map-step.ts';
import { toTaskExecutionState } from './states.ts';
import type {
  TaskBase,
  TaskState,
  TaskWithBlock,
  TaskWithSteps,
} from './types.ts';
import { asNode, type XmlNode } from './xml-document.ts';
import { readCount, readList, readMap, readText } from './xml-fields.ts';

function readTaskBase(node: XmlNode): TaskBase {
  const id = readText(node.id)?.trim() ?? '';
  if (id === '') {
    throw new XldResponseError('A task in the response has no id.');
  }
  // v1 6.0+ sends the legacy `state` beside the full `state2`; clients read
  // `state2` where present. v2 sends the full set in `state`.
  const stateText = readStateText(node.state2) || readStateText(node.state);
  const owner = readText(node.owner);
  return {
    id,
    state: toTaskExecutionState(stateText),
    stateText,
    owner: owner === undefined || owner === '' ? undefined : owner,
    description: readText(node.description) ?? '',
    failures: readCount(node.failures) ?? 0,
    startDate: readDate(node.startDate),
    completionDate: readDate(node.completionDate),
    scheduledDate: readDate(node.scheduledDate),
    metadata: readMap(node.metadata),
  };
}

function readCurrentSteps(node: XmlNode): number[] {
  const current: number[] = [];
  for (const item of readList(node.currentSteps, 'current')) {
    const position = readCount(item);
    if (position !== undefined) current.push(position);
  }
  return current;
}

export function toTaskState(value: unknown): TaskState {
  const node = asNode(value);
  return {
    ...readTaskBase(node),
    currentStep: readCount(node.currentStep) ?? 0,
    totalSteps: readCount(node.totalSteps) ?? 0,
    currentSteps: readCurrentSteps(node),
  };
}

export function toTaskWithSteps(value: unknown): TaskWithSteps {
  const node = asNode(value);
  return {
    ...toTaskState(node),
    steps: readList(node.steps, 'step').map(toStepState),
  };
}

export function toTaskWithBlock(value: unknown): TaskWithBlock {
  const node = asNode(value);
  const activeBlocks: string[] = [];
  for (const item of readList(node.activeBlocks, 'active')) {
    const path = readText(item)?.trim();
    if (path !== undefined && path !== '') activeBlocks.push(path);
  }
  const root = readList(node, 'block')[0];
  return {
    ...readTaskBase(node),
    activeBlocks,
    block: root === undefined ? undefined : toBlockState(root),
  };
}

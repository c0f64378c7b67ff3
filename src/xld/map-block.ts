// Maps parsed `<block>` elements: the block tree of a task (BlockState, with
// phases) and a step block with its steps (StepBlockState).
import { readStateText, toStepState } from './map-step.ts';
import { toBlockExecutionState } from './states.ts';
import type { BlockState, StepBlockState } from './types.ts';
import { asNode, type XmlNode } from './xml-document.ts';
import { readCount, readFlag, readList, readText } from './xml-fields.ts';

interface BlockFields {
  readonly id: string;
  readonly state: StepBlockState['state'];
  readonly stateText: string;
  readonly description: string;
}

function readBlockFields(node: XmlNode): BlockFields {
  const stateText = readStateText(node.state);
  return {
    // Ids are opaque: `0_1_1` on 5.0 and later, `1-1` on older servers.
    id: readText(node.id)?.trim() ?? '',
    state: toBlockExecutionState(stateText),
    stateText,
    description: readText(node.description) ?? '',
  };
}

/**
 * A block of the task's tree. A block holding blocks is composite; so is a
 * phase (`phase="true"`, XL Deploy 5.0+, A-4) even when empty, and so is an
 * empty block with a `parallel` attribute, which XL Deploy writes on
 * composite blocks only (the root of an inspection task has no children).
 * Any other block is a step block, which the tree shows without its steps.
 */
export function toBlockState(value: unknown): BlockState {
  const node = asNode(value);
  const children = readList(node, 'block');
  const phase = readFlag(node.phase);
  const composite = phase || node.parallel !== undefined;
  if (children.length === 0 && !composite) {
    return { kind: 'step', ...readBlockFields(node) };
  }
  return {
    kind: 'composite',
    ...readBlockFields(node),
    phase,
    parallel: readFlag(node.parallel),
    blocks: children.map(toBlockState),
  };
}

/** A step block with its steps (`…/block/{path}/step`). */
export function toStepBlockState(value: unknown): StepBlockState {
  const node = asNode(value);
  return {
    ...readBlockFields(node),
    current: readCount(node.current) ?? 0,
    steps: readList(node, 'step').map(toStepState),
  };
}

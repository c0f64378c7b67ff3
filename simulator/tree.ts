// Looking things up in a task's block tree, and deriving block states from
// the steps inside them.
import type {
  SimBlock,
  SimBlockState,
  SimStep,
  SimStepBlock,
  SimTask,
} from './model.ts';

export function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('_'));
}

export function blockOfStep(task: SimTask, step: SimStep): SimStepBlock {
  const block = task.stepBlocks.get(parentPath(step.path));
  if (block === undefined) throw new Error(`No block holds ${step.path}`);
  return block;
}

export function findBlock(task: SimTask, path: string): SimBlock | undefined {
  if (path === '0') return task.root;
  if (!path.startsWith('0_')) return undefined;

  let block: SimBlock = task.root;
  for (const part of path.split('_').slice(1)) {
    if (block.kind !== 'composite') return undefined;
    const child: SimBlock | undefined = block.blocks[Number(part) - 1];
    if (child === undefined) return undefined;
    block = child;
  }
  return block.path === path ? block : undefined;
}

export function findStep(task: SimTask, path: string): SimStep | undefined {
  const block = task.stepBlocks.get(parentPath(path));
  return block?.steps.find((step) => step.path === path);
}

/** Every block in document order, the root first. */
export function eachBlock(block: SimBlock, visit: (b: SimBlock) => void) {
  visit(block);
  if (block.kind === 'composite') {
    for (const child of block.blocks) eachBlock(child, visit);
  }
}

function stepBlockState(task: SimTask, block: SimStepBlock): SimBlockState {
  const step = block.steps[block.cursor];
  if (step === undefined) return 'DONE';
  if (step.state === 'EXECUTING') return 'EXECUTING';

  // The step the block halted on tells why it halted.
  if (step.attempts > 0 || step.state === 'PAUSED') {
    if (step.outcome === 'aborted') {
      return task.state === 'ABORTING' ? 'ABORTING' : 'ABORTED';
    }
    if (step.outcome === 'failed') return 'FAILED';
    return 'STOPPED';
  }
  return block.cursor === 0 ? 'PENDING' : 'STOPPED';
}

const ACTIVE: readonly SimBlockState[] = ['EXECUTING', 'FAILING', 'ABORTING'];

function compositeState(children: readonly SimBlockState[]): SimBlockState {
  if (children.every((state) => state === 'DONE')) return 'DONE';
  if (children.every((state) => state === 'PENDING')) return 'PENDING';

  const has = (state: SimBlockState) => children.includes(state);
  if (children.some((state) => ACTIVE.includes(state))) {
    if (has('ABORTING')) return 'ABORTING';
    if (has('FAILED') || has('FAILING')) return 'FAILING';
    return 'EXECUTING';
  }
  if (has('ABORTED')) return 'ABORTED';
  if (has('FAILED')) return 'FAILED';
  // Some children done, the rest waiting, nothing running: a halted block.
  return 'STOPPED';
}

/** Recomputes the state of every block from its steps. */
export function deriveBlockStates(
  task: SimTask,
  block: SimBlock = task.root,
): void {
  if (block.kind === 'steps') {
    block.state = stepBlockState(task, block);
    return;
  }
  for (const child of block.blocks) deriveBlockStates(task, child);
  block.state = compositeState(block.blocks.map((child) => child.state));
}

export function isBlockDone(block: SimBlock): boolean {
  if (block.kind === 'steps') return block.cursor >= block.steps.length;
  return block.blocks.every(isBlockDone);
}

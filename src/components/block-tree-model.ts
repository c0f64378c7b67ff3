// The block tree as the keyboard sees it: the visible items in order, each
// with its level and parent, and the moves of the WAI-ARIA tree pattern.
import type {
  BlockState,
  StepBlockState,
  StepState,
  TaskWithBlock,
} from '../xld/types.ts';

export type TreeItem =
  | {
      readonly kind: 'block';
      readonly key: string;
      readonly block: BlockState;
      readonly level: number;
      readonly parentKey: string | undefined;
    }
  | {
      readonly kind: 'step';
      readonly key: string;
      readonly step: StepState;
      /** 1-based number within its step block. */
      readonly number: number;
      readonly level: number;
      readonly parentKey: string;
    };

/**
 * A step's path is its block's path and its 1-based number (`0_1_1` → step
 * `0_1_1_3`). Servers before 5.0 wrote `1-1`; their steps follow suit.
 */
export function stepPathOf(blockId: string, number: number): string {
  const separator = blockId.includes('-') && !blockId.includes('_') ? '-' : '_';
  return `${blockId}${separator}${number}`;
}

/** The number of the step `key` names within `blockId`, if it does. */
export function stepNumberIn(
  blockId: string,
  key: string | undefined,
): number | undefined {
  if (key === undefined) return undefined;
  const prefix = stepPathOf(blockId, 0).slice(0, -1);
  if (!key.startsWith(prefix)) return undefined;
  const rest = key.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}

/** The blocks shown at the top: the plan's phases, or the root alone. */
export function topBlocks(task: TaskWithBlock): readonly BlockState[] {
  const root = task.block;
  if (root === undefined) return [];
  return root.kind === 'composite' ? root.blocks : [root];
}

const ACTIVE = new Set(['EXECUTING', 'FAILING', 'ABORTING']);
const TROUBLED = new Set([
  'FAILED',
  'FAILING',
  'ABORTED',
  'ABORTING',
  'STOPPED',
]);

function needsEye(block: BlockState): boolean {
  return ACTIVE.has(block.state) || TROUBLED.has(block.state);
}

/**
 * Open unless someone closed it: blocks that run or failed, so that a glance
 * shows where the task is and what broke.
 */
export function openByDefault(block: BlockState): boolean {
  return needsEye(block);
}

export type Expansion = ReadonlyMap<string, boolean>;

export function isOpen(block: BlockState, expansion: Expansion): boolean {
  return expansion.get(block.id) ?? openByDefault(block);
}

/**
 * The step blocks whose steps are on screen: open themselves, inside open
 * blocks all the way up. With no expansion, the ones open by default.
 */
export function openStepBlocks(
  blocks: readonly BlockState[],
  expansion: Expansion,
): string[] {
  const open: string[] = [];
  const walk = (siblings: readonly BlockState[]) => {
    for (const block of siblings) {
      if (!isOpen(block, expansion)) continue;
      if (block.kind === 'step') open.push(block.id);
      else walk(block.blocks);
    }
  };
  walk(blocks);
  return open;
}

export function visibleItems(
  blocks: readonly BlockState[],
  expansion: Expansion,
  stepsOf: (blockId: string) => StepBlockState | undefined,
): TreeItem[] {
  const items: TreeItem[] = [];

  const walk = (
    siblings: readonly BlockState[],
    level: number,
    parentKey: string | undefined,
  ) => {
    for (const block of siblings) {
      items.push({ kind: 'block', key: block.id, block, level, parentKey });
      if (!isOpen(block, expansion)) continue;

      if (block.kind === 'composite') {
        walk(block.blocks, level + 1, block.id);
        continue;
      }
      const steps = stepsOf(block.id)?.steps ?? [];
      steps.forEach((step, index) => {
        const number = index + 1;
        const key = stepPathOf(block.id, number);
        items.push({
          kind: 'step',
          key,
          step,
          number,
          level: level + 1,
          parentKey: block.id,
        });
      });
    }
  };

  walk(blocks, 1, undefined);
  return items;
}

export type TreeMove =
  | { readonly type: 'focus'; readonly key: string }
  | { readonly type: 'toggle'; readonly key: string; readonly open: boolean }
  | { readonly type: 'activate'; readonly key: string }
  | { readonly type: 'none' };

const NONE: TreeMove = { type: 'none' };

function focusAt(items: readonly TreeItem[], index: number): TreeMove {
  const item = items[index];
  return item === undefined ? NONE : { type: 'focus', key: item.key };
}

/** What a key press on the focused item does (WAI-ARIA tree pattern). */
export function moveFor(
  key: string,
  items: readonly TreeItem[],
  focusedKey: string,
  expansion: Expansion,
): TreeMove {
  const index = items.findIndex((item) => item.key === focusedKey);
  const item = items[index];
  if (item === undefined) return focusAt(items, 0);
  const open = item.kind === 'block' && isOpen(item.block, expansion);

  switch (key) {
    case 'ArrowDown':
      return focusAt(items, index + 1);
    case 'ArrowUp':
      return focusAt(items, index - 1);
    case 'Home':
      return focusAt(items, 0);
    case 'End':
      return focusAt(items, items.length - 1);
    case 'ArrowRight':
      if (item.kind !== 'block') return NONE;
      if (!open) return { type: 'toggle', key: item.key, open: true };
      return items[index + 1]?.parentKey === item.key
        ? focusAt(items, index + 1)
        : NONE;
    case 'ArrowLeft':
      if (open) return { type: 'toggle', key: item.key, open: false };
      return item.parentKey === undefined
        ? NONE
        : { type: 'focus', key: item.parentKey };
    case 'Enter':
    case ' ':
      return item.kind === 'block'
        ? { type: 'toggle', key: item.key, open: !open }
        : { type: 'activate', key: item.key };
    default:
      return NONE;
  }
}

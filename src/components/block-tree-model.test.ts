import { describe, expect, test } from 'vitest';
import type { BlockState, StepBlockState, StepState } from '../xld/types.ts';
import {
  moveFor,
  stepNumberIn,
  stepPathOf,
  visibleItems,
  type Expansion,
} from './block-tree-model.ts';

function stepBlock(id: string, state: BlockState['state']): BlockState {
  return { kind: 'step', id, state, stateText: state, description: id };
}

function phase(id: string, blocks: BlockState[]): BlockState {
  const executing = blocks.some((block) => block.state === 'EXECUTING');
  const state = executing ? 'EXECUTING' : 'PENDING';
  return {
    kind: 'composite',
    id,
    state,
    stateText: state,
    description: id,
    phase: true,
    parallel: false,
    blocks,
  };
}

const step: StepState = {
  state: 'DONE',
  stateText: 'DONE',
  failures: 0,
  description: 'Copy files',
  startDate: undefined,
  completionDate: undefined,
  log: '',
  metadata: {},
};

const blocks = [
  phase('0_1', [
    stepBlock('0_1_1', 'EXECUTING'),
    stepBlock('0_1_2', 'PENDING'),
  ]),
  phase('0_2', [stepBlock('0_2_1', 'PENDING')]),
];

const steps = (id: string): StepBlockState | undefined =>
  id === '0_1_1'
    ? {
        id,
        state: 'EXECUTING',
        stateText: 'EXECUTING',
        description: id,
        current: 1,
        steps: [step, step],
      }
    : undefined;

const keys = (expansion: Expansion) =>
  visibleItems(blocks, expansion, steps).map((item) => item.key);

test('opens running blocks by default and lists loaded steps under them', () => {
  expect(keys(new Map())).toEqual([
    '0_1',
    '0_1_1',
    '0_1_1_1',
    '0_1_1_2',
    '0_1_2',
    '0_2',
  ]);
});

test('a block someone closed stays closed though it runs', () => {
  expect(keys(new Map([['0_1', false]]))).toEqual(['0_1', '0_2']);
});

test('step paths add the step number to the block path', () => {
  expect(stepPathOf('0_1_1', 3)).toBe('0_1_1_3');
  expect(stepPathOf('1-1', 2)).toBe('1-1-2');
  expect(stepNumberIn('0_1_1', '0_1_1_12')).toBe(12);
  expect(stepNumberIn('0_1_1', '0_1_12_1')).toBeUndefined();
});

describe('keyboard moves of the WAI-ARIA tree pattern', () => {
  const expansion: Expansion = new Map();
  const items = visibleItems(blocks, expansion, steps);
  const press = (key: string, on: string) => moveFor(key, items, on, expansion);

  test('down and up move through visible items, Home and End to the ends', () => {
    expect(press('ArrowDown', '0_1')).toEqual({ type: 'focus', key: '0_1_1' });
    expect(press('ArrowUp', '0_1_1_1')).toEqual({
      type: 'focus',
      key: '0_1_1',
    });
    expect(press('Home', '0_1_2')).toEqual({ type: 'focus', key: '0_1' });
    expect(press('End', '0_1')).toEqual({ type: 'focus', key: '0_2' });
    expect(press('ArrowDown', '0_2')).toEqual({ type: 'none' });
  });

  test('right opens a closed block, then moves to its first child', () => {
    expect(press('ArrowRight', '0_2')).toEqual({
      type: 'toggle',
      key: '0_2',
      open: true,
    });
    expect(press('ArrowRight', '0_1')).toEqual({ type: 'focus', key: '0_1_1' });
  });

  test('left closes an open block, or moves to the parent', () => {
    expect(press('ArrowLeft', '0_1')).toEqual({
      type: 'toggle',
      key: '0_1',
      open: false,
    });
    expect(press('ArrowLeft', '0_1_1_2')).toEqual({
      type: 'focus',
      key: '0_1_1',
    });
    expect(press('ArrowLeft', '0_2')).toEqual({ type: 'none' });
  });

  test('Enter toggles a block and opens a step', () => {
    expect(press('Enter', '0_1_2')).toEqual({
      type: 'toggle',
      key: '0_1_2',
      open: true,
    });
    expect(press('Enter', '0_1_1_2')).toEqual({
      type: 'activate',
      key: '0_1_1_2',
    });
  });
});

// Builds a task's plan from a compact description: phases holding serial,
// parallel or step blocks, numbered the way XL Deploy 5.0+ numbers them
// (root `0`, phase `0_1`, its block `0_1_1`, steps `0_1_1_1`; A-4).
import type {
  SimBlock,
  SimCompositeBlock,
  SimStep,
  SimStepBlock,
  SimTask,
} from './model.ts';

export interface StepSpec {
  readonly description: string;
  readonly durationMs?: number;
  /** Attempts that fail before one succeeds; Infinity fails every time. */
  readonly failingAttempts?: number;
  readonly pause?: boolean;
  readonly skippable?: boolean;
  readonly output?: readonly string[];
  readonly failureOutput?: readonly string[];
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface StepBlockSpec {
  readonly description: string;
  readonly steps: readonly StepSpec[];
}

export interface CompositeBlockSpec {
  readonly description: string;
  readonly parallel?: boolean;
  readonly blocks: readonly BlockSpec[];
}

export type BlockSpec = StepBlockSpec | CompositeBlockSpec;

export interface PhaseSpec {
  readonly description: string;
  readonly block: BlockSpec;
}

export interface TaskSpec {
  readonly id: string;
  readonly description: string;
  readonly owner?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly phases: readonly PhaseSpec[];
  readonly pickupDelayMs?: number;
}

const DEFAULT_STEP_MS = 2000;

/** A step that pauses the task when reached (XL Deploy's pause step). */
export function pauseStep(): StepSpec {
  return { description: 'Wait for user input', pause: true };
}

class PlanBuilder {
  readonly steps: SimStep[] = [];
  readonly stepBlocks = new Map<string, SimStepBlock>();

  composite(
    spec: CompositeBlockSpec,
    path: string,
    phase = false,
  ): SimCompositeBlock {
    return {
      kind: 'composite',
      path,
      description: spec.description,
      parallel: spec.parallel ?? false,
      phase,
      blocks: spec.blocks.map((child, index) =>
        this.block(child, `${path}_${index + 1}`),
      ),
      state: 'PENDING',
    };
  }

  block(spec: BlockSpec, path: string): SimBlock {
    if ('steps' in spec) return this.stepBlock(spec, path);
    return this.composite(spec, path);
  }

  stepBlock(spec: StepBlockSpec, path: string): SimStepBlock {
    const block: SimStepBlock = {
      kind: 'steps',
      path,
      description: spec.description,
      steps: spec.steps.map((step, index) =>
        this.step(step, `${path}_${index + 1}`),
      ),
      cursor: 0,
      state: 'PENDING',
    };
    this.stepBlocks.set(path, block);
    return block;
  }

  step(spec: StepSpec, path: string): SimStep {
    const step: SimStep = {
      path,
      position: this.steps.length + 1,
      description: spec.description,
      metadata: spec.metadata ?? {
        order: spec.pause === true ? '0' : '50',
        previewAvailable: 'false',
      },
      pause: spec.pause ?? false,
      skippable: spec.skippable ?? true,
      durationMs: spec.durationMs ?? DEFAULT_STEP_MS,
      failingAttempts: spec.failingAttempts ?? 0,
      output: spec.output ?? [spec.description, 'Done.'],
      failureOutput: spec.failureOutput ?? ['Step failed.'],
      state: 'PENDING',
      failures: 0,
      attempts: 0,
      outcome: undefined,
      startedAt: undefined,
      completedAt: undefined,
      endsAt: undefined,
      log: '',
    };
    this.steps.push(step);
    return step;
  }
}

export function buildTask(spec: TaskSpec, createdAt: number): SimTask {
  const builder = new PlanBuilder();
  const phases = spec.phases.map((phase, index) =>
    builder.composite(
      { description: phase.description, blocks: [phase.block] },
      `0_${index + 1}`,
      true,
    ),
  );
  const root: SimCompositeBlock = {
    kind: 'composite',
    path: '0',
    description: spec.description,
    parallel: false,
    phase: false,
    blocks: phases,
    state: 'PENDING',
  };

  return {
    id: spec.id,
    description: spec.description,
    owner: spec.owner ?? 'admin',
    metadata: spec.metadata ?? {},
    root,
    steps: builder.steps,
    stepBlocks: builder.stepBlocks,
    createdAt,
    state: 'PENDING',
    failures: 0,
    running: [],
    startedAt: undefined,
    completedAt: undefined,
    scheduledAt: undefined,
    queuedAt: undefined,
    pickupAt: undefined,
    pickupDelayMs: spec.pickupDelayMs ?? 0,
    abortEndsAt: undefined,
    archivedAt: undefined,
    hasRun: false,
  };
}

// The simulator's own model of XL Deploy tasks: a task holds a tree of
// blocks (root `0`, phases `0_1`, `0_2`, composite and step blocks) whose
// leaves are steps. It is deliberately independent of the dashboard's types,
// so that a misreading of the wire format is not shared by both sides.

export const TASK_STATES = [
  'PENDING',
  'SCHEDULED',
  'QUEUED',
  'EXECUTING',
  'EXECUTED',
  'FAILING',
  'FAILED',
  'STOPPING',
  'STOPPED',
  'ABORTING',
  'ABORTED',
  'DONE',
  'CANCELLED',
] as const;

export type SimTaskState = (typeof TASK_STATES)[number];

export type SimBlockState =
  | 'PENDING'
  | 'EXECUTING'
  | 'STOPPED'
  | 'FAILING'
  | 'FAILED'
  | 'ABORTING'
  | 'ABORTED'
  | 'DONE';

export type SimStepState =
  | 'PENDING'
  | 'QUEUED'
  | 'EXECUTING'
  | 'DONE'
  | 'FAILED'
  | 'PAUSED'
  | 'SKIP'
  | 'SKIPPED';

/** How the last attempt of a step ended, for the state of its block. */
export type StepOutcome = 'failed' | 'aborted' | 'paused' | undefined;

export interface SimStep {
  /** v2 step path, e.g. `0_1_1_3`. */
  readonly path: string;
  /** v1 step id: 1-based position in the flat list of the task's steps. */
  readonly position: number;
  readonly description: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** A pause step halts the task (STOPPED) when it is reached. */
  readonly pause: boolean;
  /** The repository-update step cannot be skipped (REFERENCE §10.3). */
  readonly skippable: boolean;
  readonly durationMs: number;
  /** Attempts that fail before one succeeds; Infinity fails every time. */
  failingAttempts: number;
  /** Log lines of one attempt, and the lines a failing attempt ends with. */
  readonly output: readonly string[];
  readonly failureOutput: readonly string[];
  state: SimStepState;
  failures: number;
  attempts: number;
  outcome: StepOutcome;
  startedAt: number | undefined;
  completedAt: number | undefined;
  /** When the running attempt ends; set only while EXECUTING. */
  endsAt: number | undefined;
  /** Log of the finished attempts. */
  log: string;
}

export interface SimStepBlock {
  readonly kind: 'steps';
  readonly path: string;
  readonly description: string;
  readonly steps: readonly SimStep[];
  /** Index of the first step not yet passed (DONE or SKIPPED). */
  cursor: number;
  state: SimBlockState;
}

export interface SimCompositeBlock {
  readonly kind: 'composite';
  readonly path: string;
  readonly description: string;
  readonly parallel: boolean;
  /** Phases (5.0+) are the root block's children, each with one block. */
  readonly phase: boolean;
  readonly blocks: readonly SimBlock[];
  state: SimBlockState;
}

export type SimBlock = SimStepBlock | SimCompositeBlock;

export interface SimTask {
  readonly id: string;
  readonly description: string;
  readonly owner: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly root: SimCompositeBlock;
  /** Every step in plan order; index + 1 is the v1 step id. */
  readonly steps: readonly SimStep[];
  /** Step blocks by path, and the block each step belongs to. */
  readonly stepBlocks: ReadonlyMap<string, SimStepBlock>;
  readonly createdAt: number;
  state: SimTaskState;
  failures: number;
  /** The steps running now. */
  running: SimStep[];
  startedAt: number | undefined;
  completedAt: number | undefined;
  scheduledAt: number | undefined;
  queuedAt: number | undefined;
  /**
   * When a worker picks the QUEUED task up at the earliest. XL Deploy with
   * external workers keeps a started task QUEUED until a worker takes it.
   */
  pickupAt: number | undefined;
  /** Delay between start and pickup; 0 unless a scenario sets one. */
  pickupDelayMs: number;
  abortEndsAt: number | undefined;
  /** Set when the task reached DONE, or CANCELLED after running. */
  archivedAt: number | undefined;
  /** Whether the task ever left PENDING for EXECUTING. */
  hasRun: boolean;
}

export function isCurrent(task: SimTask): boolean {
  return task.state !== 'DONE' && task.state !== 'CANCELLED';
}

/** Tasks that hold an executor: max-active-tasks counts these. */
export function holdsExecutor(task: SimTask): boolean {
  return (
    task.state === 'EXECUTING' ||
    task.state === 'FAILING' ||
    task.state === 'STOPPING' ||
    task.state === 'ABORTING'
  );
}

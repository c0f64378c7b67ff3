// XL Deploy's task engine in miniature: it holds tasks, applies users'
// actions and moves time forward lazily. Nothing runs on a timer: every read
// first replays the events due since the last read, in time order, so a
// test steps an injected clock and sees exactly what the server would show.
import type { Clock } from './clock.ts';
import { beginExecution, nextEventTime, runTaskEvent } from './execution.ts';
import { holdsExecutor, isCurrent, type SimTask } from './model.ts';
import { buildTask, type TaskSpec } from './plan.ts';
import * as actions from './task-actions.ts';
import type { ActionResult } from './task-actions.ts';

export type { ActionResult } from './task-actions.ts';

export interface EngineOptions {
  readonly clock: Clock;
  /** XL Deploy's `task.max-active-tasks`; more started tasks wait QUEUED. */
  readonly maxActiveTasks?: number;
  /** How long a task stays ABORTING before ABORTED. */
  readonly abortMs?: number;
}

/** Something that acts on the engine at times of its own choosing. */
export interface Actor {
  nextAt(): number;
  act(engine: Engine): void;
}

interface Due {
  readonly time: number;
  readonly run: (time: number) => void;
}

export class Engine {
  readonly maxActiveTasks: number;
  readonly abortMs: number;
  private readonly clock: Clock;
  /** Current tasks: the only ones time can change. */
  private readonly tasks = new Map<string, SimTask>();
  /** DONE and CANCELLED tasks, in the order they left the current list. */
  private readonly archived = new Map<string, SimTask>();
  private readonly actors: Actor[] = [];
  private pinned: number | undefined;
  private replaying = false;
  /** The time of the last event run; time never runs backwards. */
  private lastEventTime = -Infinity;

  constructor(options: EngineOptions) {
    this.clock = options.clock;
    this.maxActiveTasks = options.maxActiveTasks ?? 100;
    this.abortMs = options.abortMs ?? 1000;
  }

  now(): number {
    return this.pinned ?? this.clock();
  }

  /**
   * Replays time up to `time` and runs `act` as if it happened then; a
   * scenario builds its history this way, through the engine's own rules.
   */
  at<T>(time: number, act: () => T): T {
    this.replayUntil(time);
    const outer = this.pinned;
    this.pinned = time;
    try {
      return act();
    } finally {
      this.pinned = outer;
    }
  }

  addActor(actor: Actor): void {
    this.actors.push(actor);
  }

  addTask(spec: TaskSpec): SimTask {
    this.replayUntil(this.now());
    const task = buildTask(spec, this.now());
    this.tasks.set(task.id, task);
    return task;
  }

  task(id: string): SimTask | undefined {
    this.replayUntil(this.now());
    return this.tasks.get(id) ?? this.archived.get(id);
  }

  allTasks(): SimTask[] {
    return [...this.archived.values(), ...this.currentTasks()];
  }

  currentTasks(): SimTask[] {
    this.replayUntil(this.now());
    return [...this.tasks.values()];
  }

  /** DONE tasks, and CANCELLED ones that ran. */
  archivedTasks(): SimTask[] {
    this.replayUntil(this.now());
    return [...this.archived.values()].filter(
      (task) => task.archivedAt !== undefined,
    );
  }

  /** Forgets tasks archived before `time`, as a server purging history. */
  forgetArchivedBefore(time: number): void {
    for (const [id, task] of this.archived) {
      if ((task.archivedAt ?? task.completedAt ?? task.createdAt) >= time) {
        return;
      }
      this.archived.delete(id);
    }
  }

  start(id: string): ActionResult {
    return this.act(id, (task, now) => actions.startTask(task, now));
  }

  stop(id: string): ActionResult {
    return this.act(id, (task, now) => actions.stopTask(task, now));
  }

  abort(id: string): ActionResult {
    return this.act(id, (task, now) =>
      actions.abortTask(task, now, this.abortMs),
    );
  }

  cancel(id: string): ActionResult {
    return this.act(id, (task, now) => {
      const neverStarted = task.state === 'PENDING';
      const result = actions.cancelTask(task, now);
      if (result.ok && neverStarted) this.tasks.delete(id);
      return result;
    });
  }

  archive(id: string): ActionResult {
    return this.act(id, (task, now) => actions.archiveTask(task, now));
  }

  schedule(id: string, time: number): ActionResult {
    return this.act(id, (task, now) => actions.scheduleTask(task, now, time));
  }

  skip(id: string, steps: readonly (string | number)[]): ActionResult {
    return this.act(id, (task) => actions.skipSteps(task, steps));
  }

  unskip(id: string, steps: readonly (string | number)[]): ActionResult {
    return this.act(id, (task) => actions.unskipSteps(task, steps));
  }

  private act(
    id: string,
    action: (task: SimTask, now: number) => ActionResult,
  ): ActionResult {
    const now = this.now();
    this.replayUntil(now);
    const task = this.tasks.get(id) ?? this.archived.get(id);
    if (task === undefined) {
      return { ok: false, status: 404, message: `Task ${id} not found` };
    }
    const result = action(task, now);
    if (!isCurrent(task) && this.tasks.has(id)) {
      this.tasks.delete(id);
      this.archived.set(id, task);
    }
    // A started task is picked up at once when an executor is free.
    this.replayUntil(now);
    return result;
  }

  /** Runs every event due at or before `limit`, earliest first. */
  private replayUntil(limit: number): void {
    if (this.replaying) return;
    this.replaying = true;
    try {
      for (let due = this.nextDue(); due.time <= limit; due = this.nextDue()) {
        // A task queued while no executor was free starts when one frees.
        const time = Math.max(due.time, this.lastEventTime);
        this.lastEventTime = time;
        const outer = this.pinned;
        this.pinned = time;
        try {
          due.run(time);
        } finally {
          this.pinned = outer;
        }
      }
    } finally {
      this.replaying = false;
    }
  }

  private nextDue(): Due {
    const executorFree = this.activeCount() < this.maxActiveTasks;
    let best: Due = { time: Infinity, run: () => undefined };
    let bestQueuedAt = Infinity;

    for (const task of this.tasks.values()) {
      if (task.state === 'QUEUED' && !executorFree) continue;
      const time = nextEventTime(task);
      const queuedAt = task.queuedAt ?? -Infinity;
      if (time < best.time || (time === best.time && queuedAt < bestQueuedAt)) {
        best = {
          time,
          run: (at) => {
            this.runEvent(task, at);
          },
        };
        bestQueuedAt = queuedAt;
      }
    }
    for (const actor of this.actors) {
      const time = actor.nextAt();
      if (time < best.time) {
        best = {
          time,
          run: () => {
            actor.act(this);
          },
        };
      }
    }
    return best;
  }

  private runEvent(task: SimTask, time: number): void {
    if (task.state === 'QUEUED') beginExecution(task, time);
    else runTaskEvent(task, time);
  }

  private activeCount(): number {
    let count = 0;
    for (const task of this.tasks.values()) if (holdsExecutor(task)) count++;
    return count;
  }
}

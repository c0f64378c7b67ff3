// What keeps a wall screen alive for days: new tasks arrive, owners start,
// archive, restart or cancel what waits for them, and the number of current
// tasks stays bounded. All decisions come from the scenario's seed.
import { pick, randomInt } from '../clock.ts';
import type { Engine } from '../engine.ts';
import { holdsExecutor, type SimTask, type SimTaskState } from '../model.ts';
import { APPLICATIONS, ENVIRONMENT_LIST, OWNERS } from './catalog.ts';
import { addDeployment } from './deployments.ts';
import { DAY, MINUTE, SECOND, type ScenarioContext } from './scenario.ts';

export interface LifeOptions {
  /** No task arrives while this many are current. */
  readonly maxCurrent: number;
  /** How long an owner leaves a task waiting before acting on it. */
  readonly patienceMs: number;
  /** Archived tasks older than this are forgotten. */
  readonly historyMs: number;
}

const DEFAULTS: LifeOptions = {
  maxCurrent: 20,
  patienceMs: 15 * MINUTE,
  historyMs: 3 * DAY,
};

const TICK_MS = 5 * SECOND;
const WAITING: readonly SimTaskState[] = [
  'PENDING',
  'EXECUTED',
  'FAILED',
  'STOPPED',
  'ABORTED',
];

function arrive(context: ScenarioContext, mustRun: boolean): void {
  const { engine, random } = context;
  const app = pick(random, APPLICATIONS);
  const task = addDeployment(context, {
    app: app.name,
    env: pick(random, ENVIRONMENT_LIST).name as 'DEV',
    kind: pick(random, ['INITIAL', 'UPGRADE', 'UPGRADE', 'UNDEPLOY'] as const),
    version: `${randomInt(random, 1, 9)}.${randomInt(random, 0, 30)}.${randomInt(random, 0, 9)}`,
    hosts: randomInt(random, 1, 4),
    owner: pick(random, OWNERS),
    stepMs: [3000, 12000],
    pickupDelayMs: randomInt(random, 0, 20) * SECOND,
  });
  const roll = mustRun ? 0 : random();
  if (roll < 0.6) engine.start(task.id);
  else if (roll < 0.65) {
    engine.schedule(task.id, engine.now() + randomInt(random, 5, 40) * MINUTE);
  }
}

/** An owner comes back to a waiting task: on with it, or away with it. */
function tend(engine: Engine, task: SimTask, context: ScenarioContext): void {
  const roll = context.random();
  switch (task.state) {
    case 'EXECUTED':
      engine.archive(task.id);
      break;
    case 'PENDING':
      engine.start(task.id);
      break;
    default:
      if (roll < 0.6) engine.start(task.id);
      else engine.cancel(task.id);
  }
}

/** Remembers since when each task waits, and acts once patience runs out. */
function tendWaitingTasks(
  context: ScenarioContext,
  waitingSince: Map<string, number>,
  patienceMs: number,
): void {
  const { engine } = context;
  const now = engine.now();
  const tasks = engine.currentTasks();
  const waiting = new Set<string>();

  for (const task of tasks) {
    if (!WAITING.includes(task.state)) continue;
    const since = waitingSince.get(task.id) ?? now;
    waitingSince.set(task.id, since);
    waiting.add(task.id);
    if (now - since >= patienceMs) tend(engine, task, context);
  }
  for (const id of waitingSince.keys()) {
    if (!waiting.has(id)) waitingSince.delete(id);
  }
}

export function startLife(context: ScenarioContext, options = DEFAULTS): void {
  const { engine, random } = context;
  const waitingSince = new Map<string, number>();
  const nextArrivalAfter = (now: number) =>
    now + randomInt(random, 2 * 60, 6 * 60) * SECOND;
  let nextTick = context.now + TICK_MS;
  let nextArrival = context.now + randomInt(random, 20, 60) * SECOND;

  engine.addActor({
    nextAt: () => nextTick,
    act: () => {
      const now = engine.now();
      nextTick = now + TICK_MS;
      tendWaitingTasks(context, waitingSince, options.patienceMs);
      engine.forgetArchivedBefore(now - options.historyMs);

      // With nothing running, someone starts a deployment soon.
      const current = engine.currentTasks();
      const idle = !current.some(holdsExecutor);
      if (idle) nextArrival = Math.min(nextArrival, now + MINUTE);
      if (now >= nextArrival && current.length < options.maxCurrent) {
        arrive(context, idle);
        nextArrival = nextArrivalAfter(now);
      }
    },
  });
}

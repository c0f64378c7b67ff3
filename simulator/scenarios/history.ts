// The last days' deployments, run and archived, so that the archive query
// has something to answer. One failed and was cancelled.
import { pick, randomInt } from '../clock.ts';
import type { StepSpec } from '../plan.ts';
import { APPLICATIONS, ENVIRONMENT_LIST, OWNERS } from './catalog.ts';
import { addDeployment } from './deployments.ts';
import {
  DAY,
  HOUR,
  MINUTE,
  replay,
  type ScenarioContext,
  type TimedAction,
} from './scenario.ts';

const DAYS = 3;
const TASKS_PER_DAY = 4;

function failForGood(steps: StepSpec[], hostIndex: number): StepSpec[] {
  if (hostIndex !== 0) return steps;
  return steps.map((step, index) =>
    index === steps.length - 1 ? { ...step, failingAttempts: Infinity } : step,
  );
}

function pastDeployment(
  context: ScenarioContext,
  at: number,
  fails: boolean,
): TimedAction[] {
  const { engine, random } = context;
  const env = pick(random, ENVIRONMENT_LIST);
  const app = pick(
    random,
    APPLICATIONS.filter((a) => a.runtime !== 'database'),
  );
  let id = '';
  const run: TimedAction = {
    at,
    act: () => {
      id = addDeployment(context, {
        app: app.name,
        env: env.name as 'DEV',
        kind: pick(random, ['INITIAL', 'UPGRADE', 'UPGRADE'] as const),
        version: `${randomInt(random, 1, 6)}.${randomInt(random, 0, 20)}.0`,
        hosts: randomInt(random, 1, 3),
        owner: pick(random, OWNERS),
        stepMs: [2000, 8000],
        editSteps: fails ? failForGood : undefined,
      }).id;
      engine.start(id);
    },
  };
  const close: TimedAction = {
    at: at + HOUR,
    act: () => {
      if (fails) engine.cancel(id);
      else engine.archive(id);
    },
  };
  return [run, close];
}

export function addHistory(context: ScenarioContext): void {
  const actions: TimedAction[] = [];
  for (let day = DAYS; day >= 1; day--) {
    for (let n = 0; n < TASKS_PER_DAY; n++) {
      const at =
        -day * DAY +
        8 * HOUR +
        n * 2 * HOUR +
        randomInt(context.random, 0, 50) * MINUTE;
      actions.push(...pastDeployment(context, at, day === 2 && n === 1));
    }
  }
  replay(context, actions);
}

// Two hundred current tasks, for the dashboard's crowded days and for
// measuring how fast the lists answer.
import { pick, randomInt } from '../clock.ts';
import type { StepSpec } from '../plan.ts';
import { APPLICATIONS, ENVIRONMENT_LIST, OWNERS } from './catalog.ts';
import { addDeployment } from './deployments.ts';
import { MINUTE, replay, type Scenario, type TimedAction } from './scenario.ts';

const TASK_COUNT = 200;

function failLast(steps: StepSpec[], hostIndex: number): StepSpec[] {
  if (hostIndex !== 0) return steps;
  return steps.map((step, index) =>
    index === steps.length - 1 ? { ...step, failingAttempts: 1 } : step,
  );
}

export const twoHundred: Scenario = {
  name: 'two-hundred',
  summary: 'Two hundred current tasks in every state',
  load(context) {
    const { engine, random } = context;
    const actions: TimedAction[] = [];

    for (let n = 0; n < TASK_COUNT; n++) {
      const at = -randomInt(random, 1, 60) * MINUTE;
      const fate = n % 5;
      actions.push({
        at,
        act: () => {
          const task = addDeployment(context, {
            app: pick(random, APPLICATIONS).name,
            env: pick(random, ENVIRONMENT_LIST).name as 'DEV',
            kind: pick(random, ['INITIAL', 'UPGRADE', 'UNDEPLOY'] as const),
            version: `${randomInt(random, 1, 9)}.${randomInt(random, 0, 30)}.0`,
            hosts: randomInt(random, 1, 4),
            owner: pick(random, OWNERS),
            // Executing ones run on for about an hour.
            stepMs: fate === 0 ? [60_000, 120_000] : [2000, 6000],
            editSteps: fate === 1 ? failLast : undefined,
          });
          if (fate === 4 && n % 2 === 0) {
            engine.schedule(
              task.id,
              context.now + randomInt(random, 1, 48) * 60 * MINUTE,
            );
          } else if (fate !== 4) {
            engine.start(task.id);
          }
        },
      });
    }
    replay(context, actions);
  },
};

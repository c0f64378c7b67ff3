// The morning's tasks that wait to be started: PENDING ones (three short
// enough to reach EXECUTED in about fifteen seconds once started), one
// SCHEDULED for tonight, and an inspection of a database host (no steps,
// EXECUTED as soon as it ran).
import { randomUuid } from '../clock.ts';
import { addDeployment, inspectionSpec } from './deployments.ts';
import {
  HOUR,
  MINUTE,
  type ScenarioContext,
  type TimedAction,
} from './scenario.ts';

const QUICK = [1500, 3000] as const;

export function waitingTasks(context: ScenarioContext): TimedAction[] {
  const add = (at: number, act: () => unknown): TimedAction => ({
    at,
    act: () => {
      act();
    },
  });
  return [
    add(-6 * MINUTE, () =>
      addDeployment(context, {
        app: 'LoyaltyPoints',
        env: 'DEV',
        kind: 'INITIAL',
        version: '1.0.0',
        hosts: 1,
        owner: 'j.dekker',
        stepMs: QUICK,
      }),
    ),
    add(-4 * MINUTE, () =>
      addDeployment(context, {
        app: 'WebShop',
        env: 'TEST',
        kind: 'UPGRADE',
        version: '3.14.2',
        hosts: 1,
        stepMs: QUICK,
      }),
    ),
    add(-3 * MINUTE, () =>
      addDeployment(context, {
        app: 'SearchIndexer',
        env: 'DEV',
        kind: 'UNDEPLOY',
        version: '2.1.0',
        hosts: 1,
        owner: 'm.okafor',
        stepMs: QUICK,
      }),
    ),
    add(-2 * MINUTE, () =>
      addDeployment(context, {
        app: 'OrderService',
        env: 'PROD',
        kind: 'UPGRADE',
        version: '5.2.0',
        hosts: 4,
        owner: 's.lindqvist',
        stepMs: [3000, 9000],
      }),
    ),
    add(-50 * MINUTE, () => {
      const task = addDeployment(context, {
        app: 'PaymentGateway',
        env: 'PROD',
        kind: 'UPGRADE',
        version: '2.8.0',
        hosts: 3,
        owner: 's.lindqvist',
        stepMs: [4000, 12000],
      });
      // Tonight's change window.
      context.engine.schedule(task.id, context.now + 3 * HOUR);
    }),
    add(-30 * MINUTE, () => {
      const task = context.engine.addTask(
        inspectionSpec(
          randomUuid(context.random),
          'Production/prd-db-01',
          'admin',
        ),
      );
      context.engine.start(task.id);
    }),
  ];
}

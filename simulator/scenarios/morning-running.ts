// The morning's tasks that run: PetPortal rolling out to TEST group by
// group, OrderService on ACC side by side, the large WebShop release on
// PROD, and a CustomerPortal task QUEUED until a worker takes it.
import type { BlockSpec } from '../plan.ts';
import { bigDeploymentSpec } from './big-deployment.ts';
import { addDeployment } from './deployments.ts';
import {
  SECOND,
  MINUTE,
  type ScenarioContext,
  type TimedAction,
} from './scenario.ts';

/** The task of XL Deploy's own REST example, kept moving on the wall. */
export const PET_PORTAL_TASK_ID = 'bd4aef1c-3a85-4d1a-a839-03ae619d01df';

function inGroups(blocks: BlockSpec[], size: number): BlockSpec {
  const groups: BlockSpec[] = [];
  for (let first = 0; first < blocks.length; first += size) {
    groups.push({
      description: `Deploying group ${groups.length + 1}`,
      parallel: true,
      blocks: blocks.slice(first, first + size),
    });
  }
  return { description: 'Deploying PetPortal 1.0 on TEST', blocks: groups };
}

function started(
  context: ScenarioContext,
  at: number,
  add: () => { id: string },
): TimedAction {
  return {
    at,
    act: () => {
      context.engine.start(add().id);
    },
  };
}

export function runningTasks(context: ScenarioContext): TimedAction[] {
  return [
    started(context, -10 * SECOND, () =>
      addDeployment(context, {
        id: PET_PORTAL_TASK_ID,
        app: 'PetPortal',
        env: 'TEST',
        kind: 'INITIAL',
        version: '1.0',
        hosts: 24,
        stepMs: [2500, 5000],
        editBlock: (hostBlocks) => inGroups(hostBlocks, 3),
      }),
    ),
    started(context, -5 * SECOND, () =>
      addDeployment(context, {
        app: 'OrderService',
        env: 'ACC',
        kind: 'UPGRADE',
        version: '5.2.0',
        hosts: 4,
        owner: 'm.okafor',
        stepMs: [4000, 8000],
      }),
    ),
    started(context, -4 * MINUTE, () =>
      context.engine.addTask(bigDeploymentSpec(context)),
    ),
    started(context, -3 * SECOND, () =>
      addDeployment(context, {
        app: 'CustomerPortal',
        env: 'ACC',
        kind: 'UPGRADE',
        version: '4.0.1',
        hosts: 2,
        owner: 'j.dekker',
        stepMs: [3000, 6000],
        pickupDelayMs: 40 * SECOND,
      }),
    ),
  ];
}

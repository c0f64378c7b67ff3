// The morning's tasks that run: PetPortal rolling out to TEST rack by
// rack, OrderService on ACC side by side, the large WebShop release on
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

/** Servers in lanes side by side; each lane deploys its servers in turn. */
function inLanes(blocks: BlockSpec[], lanes: number): BlockSpec {
  const perLane = Math.ceil(blocks.length / lanes);
  return {
    description: 'Deploying PetPortal 1.0 on TEST',
    parallel: true,
    blocks: Array.from({ length: lanes }, (_, lane) => ({
      description: `Deploying on rack ${lane + 1}`,
      blocks: blocks.slice(lane * perLane, (lane + 1) * perLane),
    })),
  };
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
        hosts: 32,
        stepMs: [1500, 3000],
        editBlock: (hostBlocks) => inLanes(hostBlocks, 4),
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

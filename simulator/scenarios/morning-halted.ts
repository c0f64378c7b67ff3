// The morning's tasks that wait for someone: one FAILED with a crashing
// container in its log, one STOPPED at a canary pause step, one ABORTED, and
// EXECUTED ones waiting to be archived.
import { pauseStep, type BlockSpec, type StepSpec } from '../plan.ts';
import { addDeployment } from './deployments.ts';
import {
  MINUTE,
  SECOND,
  type ScenarioContext,
  type TimedAction,
} from './scenario.ts';

const ROLLOUT_FAILURE = [
  "Executing command line : 'kubectl rollout status deployment/payment-gateway --timeout=120s'",
  'Waiting for deployment "payment-gateway" rollout to finish: 1 of 3 updated replicas are available...',
  'error: deployment "payment-gateway" exceeded its progress deadline',
  'Pod payment-gateway-7d9f8c6b5-x2kqp:',
  '  State:          Waiting',
  '    Reason:       CrashLoopBackOff',
  '  Last State:     Terminated',
  '    Reason:       Error',
  '    Exit Code:    1',
  'Last lines of the container log:',
  '  java.lang.IllegalStateException: Missing property payment.provider.apiKey',
  '      at com.example.payments.config.ProviderConfig.validate(ProviderConfig.java:42)',
  '      at com.example.payments.Application.main(Application.java:18)',
  'Step failed: the rollout did not finish within 120 s',
];

/** The first server's rollout fails once; a restart succeeds. */
function failFirstRollout(steps: StepSpec[], hostIndex: number): StepSpec[] {
  if (hostIndex !== 0) return steps;
  return steps.map((step) =>
    step.description.startsWith('Wait for rollout')
      ? { ...step, failingAttempts: 1, failureOutput: ROLLOUT_FAILURE }
      : step,
  );
}

/** First server, a pause to check it, then the others side by side. */
function withCanaryPause(hostBlocks: BlockSpec[]): BlockSpec {
  const [first, ...rest] = hostBlocks;
  const canary: BlockSpec = {
    description: 'Check the canary on prd-app-01',
    steps: [
      pauseStep(),
      {
        description: 'Compare the error rate of prd-app-01 with the baseline',
        durationMs: 3000,
        output: ['Error rate 0.02 % (baseline 0.03 %): within limits.'],
      },
    ],
  };
  return {
    description: 'Deploying CustomerPortal 4.0.0 on PROD',
    blocks: [
      ...(first === undefined ? [] : [first]),
      canary,
      {
        description: 'Deploying the other servers',
        parallel: true,
        blocks: rest,
      },
    ],
  };
}

export function haltedTasks(context: ScenarioContext): TimedAction[] {
  const { engine } = context;
  const start = (at: number, task: () => { id: string }): TimedAction => ({
    at,
    act: () => {
      engine.start(task().id);
    },
  });
  let aborted = '';

  return [
    start(-25 * MINUTE, () =>
      addDeployment(context, {
        app: 'PaymentGateway',
        env: 'ACC',
        kind: 'UPGRADE',
        version: '2.8.0',
        hosts: 3,
        owner: 's.lindqvist',
        stepMs: [5000, 15000],
        editSteps: failFirstRollout,
      }),
    ),
    start(-16 * MINUTE, () =>
      addDeployment(context, {
        app: 'CustomerPortal',
        env: 'PROD',
        kind: 'UPGRADE',
        version: '4.0.0',
        hosts: 3,
        owner: 'j.dekker',
        stepMs: [3000, 7000],
        editBlock: withCanaryPause,
      }),
    ),
    start(-13 * MINUTE, () => {
      const task = addDeployment(context, {
        app: 'SearchIndexer',
        env: 'TEST',
        kind: 'UPGRADE',
        version: '2.2.0',
        hosts: 2,
        owner: 'm.okafor',
        stepMs: [20000, 40000],
      });
      aborted = task.id;
      return task;
    }),
    { at: -12 * MINUTE - 10 * SECOND, act: () => void engine.abort(aborted) },
    start(-40 * MINUTE, () =>
      addDeployment(context, {
        app: 'InventoryApi',
        env: 'DEV',
        kind: 'INITIAL',
        version: '0.9.3',
        hosts: 2,
        stepMs: [2000, 5000],
      }),
    ),
    start(-9 * MINUTE, () =>
      addDeployment(context, {
        app: 'NotificationHub',
        env: 'TEST',
        kind: 'UPGRADE',
        version: '1.7.0',
        hosts: 1,
        owner: 'deploy-bot',
        stepMs: [2000, 5000],
      }),
    ),
  ];
}

// Deployment and inspection tasks as XL Deploy plans them: a "Deploy" phase
// with one step block per server (side by side when there are several),
// then a phase that registers the changes in the repository.
import { randomInt, randomUuid, type Random } from '../clock.ts';
import type { SimTask } from '../model.ts';
import type { BlockSpec, StepSpec, TaskSpec } from '../plan.ts';
import {
  application,
  ENVIRONMENTS,
  type Application,
  type Environment,
} from './catalog.ts';
import type { ScenarioContext } from './scenario.ts';
import { deploySteps, registerStep } from './steps.ts';

export type DeploymentKind = 'INITIAL' | 'UPGRADE' | 'UNDEPLOY' | 'ROLLBACK';

export interface DeploymentOptions {
  readonly id: string;
  readonly app: Application;
  readonly env: Environment;
  readonly version: string;
  readonly kind: DeploymentKind;
  readonly hosts: number;
  readonly owner: string;
  readonly random: Random;
  /** Shortest and longest step, in milliseconds. */
  readonly stepMs: readonly [number, number];
  /** Changes the steps of one server, to add a failure or a pause. */
  readonly editSteps?: (steps: StepSpec[], hostIndex: number) => StepSpec[];
  /** Replaces the block of the deploy phase built from the servers' steps. */
  readonly editBlock?: (hostBlocks: BlockSpec[]) => BlockSpec;
  readonly pickupDelayMs?: number;
}

const DESCRIPTIONS: Record<DeploymentKind, string> = {
  INITIAL: 'Initial deployment of',
  UPGRADE: 'Update deployment of',
  UNDEPLOY: 'Undeployment of',
  ROLLBACK: 'Rollback of',
};

export function hostName(env: Environment, index: number): string {
  return `${env.hostPrefix}-app-${String(index + 1).padStart(2, '0')}`;
}

function hostSteps(options: DeploymentOptions, index: number): StepSpec[] {
  const { app, env, version, kind, random, stepMs } = options;
  const host = hostName(env, index);
  const timing = () => ({
    durationMs: randomInt(random, stepMs[0], stepMs[1]),
  });
  const target = {
    app,
    host,
    version,
    container: `Infrastructure/${env.name}/${host}/${app.runtime}`,
  };
  const steps = deploySteps(target, kind !== 'INITIAL', timing);
  const kept =
    kind === 'UNDEPLOY'
      ? steps.filter((s) => /^(Stop|Undeploy|Start) /.test(s.description))
      : steps;
  return options.editSteps?.(kept, index) ?? kept;
}

export function deploymentSpec(options: DeploymentOptions): TaskSpec {
  const { app, env, version, kind, hosts } = options;
  const hostBlocks: BlockSpec[] = Array.from({ length: hosts }, (_, index) => ({
    description: `Deploy on ${hostName(env, index)}`,
    steps: hostSteps(options, index),
  }));
  const single = hostBlocks[0];
  const deployBlock =
    options.editBlock?.(hostBlocks) ??
    (hosts === 1 && single !== undefined
      ? single
      : {
          description: `Deploying ${app.name} ${version} on ${env.name}`,
          parallel: true,
          blocks: hostBlocks,
        });

  return {
    id: options.id,
    description: `${DESCRIPTIONS[kind]} ${env.id}/${app.name}`,
    owner: options.owner,
    pickupDelayMs: options.pickupDelayMs,
    metadata: {
      application: app.name,
      environment: env.name,
      taskType: kind,
      environment_id: env.id,
      version,
    },
    phases: [
      {
        description: kind === 'UNDEPLOY' ? 'Undeploy' : 'Deploy',
        block: deployBlock,
      },
      {
        description: '',
        block: {
          description: `Register changes for ${app.name}`,
          steps: [registerStep(app)],
        },
      },
    ],
  };
}

/** An inspection discovers a host's middleware; it has no steps. */
export function inspectionSpec(
  id: string,
  host: string,
  owner: string,
): TaskSpec {
  return {
    id,
    description: `Inspection of Infrastructure/${host}`,
    owner,
    metadata: { taskType: 'INSPECTION' },
    phases: [],
  };
}

export interface DeploymentRequest extends Omit<
  DeploymentOptions,
  'id' | 'random' | 'app' | 'env' | 'owner'
> {
  readonly id?: string;
  readonly app: string;
  readonly env: keyof typeof ENVIRONMENTS;
  readonly owner?: string;
}

/** Adds a deployment task to the scenario's engine, at the engine's time. */
export function addDeployment(
  context: ScenarioContext,
  request: DeploymentRequest,
): SimTask {
  const { engine, random } = context;
  return engine.addTask(
    deploymentSpec({
      ...request,
      id: request.id ?? randomUuid(random),
      app: application(request.app),
      env: ENVIRONMENTS[request.env],
      owner: request.owner ?? 'admin',
      random,
    }),
  );
}

// The large release: WebShop on PROD with more than 3,000 steps, 1,200 of
// them in one step block, to show the dashboard copes with real plans.
import { randomInt, randomUuid } from '../clock.ts';
import type { StepSpec, TaskSpec } from '../plan.ts';
import { ENVIRONMENTS } from './catalog.ts';
import { hostName } from './deployments.ts';
import type { ScenarioContext } from './scenario.ts';
import { registerStep } from './steps.ts';
import { application } from './catalog.ts';

const ASSET_COUNT = 1200;
const HOST_COUNT = 11;
const MODULES_PER_HOST = 178;

function assetSteps(context: ScenarioContext): StepSpec[] {
  return Array.from({ length: ASSET_COUNT }, (_, index) => {
    const file = `assets/catalog/product-${String(index + 1).padStart(4, '0')}.webp`;
    return {
      description: `Upload ${file} to cdn-origin`,
      durationMs: randomInt(context.random, 250, 650),
      output: [
        `PUT https://cdn-origin.internal/webshop/${file}`,
        '201 Created',
      ],
      metadata: { order: '20', previewAvailable: 'false' },
    };
  });
}

function hostSteps(context: ScenarioContext, host: string): StepSpec[] {
  const step = (description: string): StepSpec => ({
    description,
    durationMs: randomInt(context.random, 800, 2200),
    output: [description, 'Done.'],
    metadata: { order: '50', previewAvailable: 'false' },
  });
  const modules = Array.from({ length: MODULES_PER_HOST }, (_, index) =>
    step(
      `Deploy webshop module m${String(index + 1).padStart(3, '0')} on Tomcat on ${host}`,
    ),
  );
  return [
    step(`Stop Tomcat on ${host}`),
    ...modules,
    step(`Start Tomcat on ${host}`),
  ];
}

export function bigDeploymentSpec(context: ScenarioContext): TaskSpec {
  const env = ENVIRONMENTS.PROD;
  const hosts = Array.from({ length: HOST_COUNT }, (_, index) =>
    hostName(env, index),
  );
  return {
    id: randomUuid(context.random),
    description: `Update deployment of ${env.id}/WebShop`,
    owner: 'deploy-bot',
    metadata: {
      application: 'WebShop',
      environment: env.name,
      taskType: 'UPGRADE',
      environment_id: env.id,
      version: '3.14.0',
    },
    phases: [
      {
        description: 'Prepare',
        block: {
          description: 'Upload static content to the CDN origin',
          steps: assetSteps(context),
        },
      },
      {
        description: 'Deploy',
        block: {
          description: 'Deploying WebShop 3.14.0 on PROD',
          parallel: true,
          blocks: hosts.map((host) => ({
            description: `Deploy on ${host}`,
            steps: hostSteps(context, host),
          })),
        },
      },
      {
        description: '',
        block: {
          description: 'Register changes for WebShop',
          steps: [registerStep(application('WebShop'))],
        },
      },
    ],
  };
}

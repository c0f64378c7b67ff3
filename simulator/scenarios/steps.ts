// Steps as XL Deploy plugins write them: descriptions, plugin order,
// deployeds and the lines each step logs.
import type { StepSpec } from '../plan.ts';
import type { Application, Runtime } from './catalog.ts';

export interface StepTiming {
  readonly durationMs: number;
}

interface Target {
  readonly app: Application;
  readonly host: string;
  readonly version: string;
  /** `Infrastructure/…` id of the container. */
  readonly container: string;
}

function step(
  description: string,
  order: number,
  output: readonly string[],
  timing: StepTiming,
  deployed?: string,
): StepSpec {
  const metadata: Record<string, string> = { order: String(order) };
  if (deployed !== undefined) metadata.deployed_0 = deployed;
  metadata.previewAvailable = String(deployed !== undefined);
  return { description, output, metadata, durationMs: timing.durationMs };
}

function serviceName(runtime: Runtime): string {
  return runtime === 'jboss' ? 'JBoss' : runtime === 'tomcat' ? 'Tomcat' : '';
}

/** The steps that deploy one application on one server. */
export function deploySteps(
  target: Target,
  upgrade: boolean,
  timing: () => StepTiming,
): StepSpec[] {
  const { app, host, version, container } = target;
  const deployed = `${container}/${app.artifact}`;
  const file = `${app.artifact}-${version}`;

  if (app.runtime === 'kubernetes') {
    return [
      step(
        `Apply ConfigMap ${app.artifact}-config on ${host}`,
        50,
        [`configmap/${app.artifact}-config configured`],
        timing(),
        deployed,
      ),
      step(
        `Update Deployment ${app.artifact} to ${version} on ${host}`,
        60,
        [
          `Executing command line : 'kubectl set image deployment/${app.artifact} app=registry.internal/${app.artifact}:${version}'`,
          `deployment.apps/${app.artifact} image updated`,
        ],
        timing(),
        deployed,
      ),
      step(
        `Wait for rollout of ${app.artifact} on ${host}`,
        70,
        [
          `Waiting for deployment "${app.artifact}" rollout to finish: 1 of 3 updated replicas are available...`,
          `Waiting for deployment "${app.artifact}" rollout to finish: 2 of 3 updated replicas are available...`,
          `deployment "${app.artifact}" successfully rolled out`,
        ],
        timing(),
        deployed,
      ),
    ];
  }
  if (app.runtime === 'database') {
    return [
      step(
        `Run 1-create-tables.sql on ${host}`,
        50,
        [
          `Executing command line : 'psql -f 1-create-tables.sql'`,
          'CREATE TABLE',
          'CREATE INDEX',
        ],
        timing(),
        deployed,
      ),
      step(
        `Run 2-migrate-invoices.sql on ${host}`,
        50,
        [
          `Executing command line : 'psql -f 2-migrate-invoices.sql'`,
          'UPDATE 18231',
        ],
        timing(),
        deployed,
      ),
    ];
  }
  const server = `${serviceName(app.runtime)} on ${host}`;
  return [
    step(
      `Stop ${server}`,
      10,
      [
        `Executing command line : 'systemctl stop ${app.runtime}'`,
        `Stopped ${server}.`,
      ],
      timing(),
    ),
    ...(upgrade
      ? [
          step(
            `Undeploy ${app.artifact} from ${server}`,
            40,
            [`Removing ${app.artifact} from ${container}`],
            timing(),
            deployed,
          ),
        ]
      : []),
    step(
      `Upload ${file} to ${host}`,
      45,
      [
        `Uploading ${file} (48.2 MB) to /opt/deploy/${app.name.toLowerCase()}`,
        'Upload complete, checksum verified.',
      ],
      timing(),
      deployed,
    ),
    step(
      `Deploy ${app.artifact} on ${server}`,
      50,
      [
        `Copying ${file} to the deployment directory`,
        `Deployed ${app.artifact} ${version}.`,
      ],
      timing(),
      deployed,
    ),
    step(
      `Start ${server}`,
      90,
      [
        `Executing command line : 'systemctl start ${app.runtime}'`,
        `Started ${server}.`,
      ],
      timing(),
    ),
    step(
      `Wait for ${app.name} on ${host} to answer on /health`,
      95,
      [
        `GET http://${host}:8080/health`,
        'HTTP/1.1 200 OK',
        `${app.name} ${version} is up.`,
      ],
      timing(),
    ),
  ];
}

/** The last step of a deployment; XL Deploy does not let it be skipped. */
export function registerStep(app: Application): StepSpec {
  return {
    description: 'Update the repository with your deployment.',
    skippable: false,
    durationMs: 400,
    output: [`Updating the repository for ${app.name}.`],
    metadata: { order: '100', previewAvailable: 'false' },
  };
}

import { expect, test } from 'vitest';
import {
  createTestEngine,
  parallelSpec,
  STEP_MS,
  steps,
  taskSpec,
} from './test-engine.ts';
import { setupXldServer, xld } from './test-http.ts';
import { formatDate } from './xml-writer.ts';

const { serve } = setupXldServer();

function executingTask() {
  const sim = createTestEngine();
  serve(sim);
  const task = sim.engine.addTask({
    ...taskSpec({ description: 'Deploy on tst-app-01', steps: steps(2) }),
    id: 'bd4aef1c-3a85-4d1a-a839-03ae619d01df',
    description: 'Initial deployment of Environments/Dev/TEST/PetPortal',
    metadata: {
      application: 'PetPortal',
      environment: 'TEST',
      taskType: 'INITIAL',
      environment_id: 'Environments/Dev/TEST',
      version: '1.0',
    },
  });
  sim.engine.start(task.id);
  sim.advance(STEP_MS + 17);
  return { sim, task };
}

test('dates are written as XL Deploy writes them, in UTC', () => {
  expect(formatDate(Date.UTC(2014, 7, 8, 19, 51, 17, 993))).toBe(
    '2014-08-08T19:51:17.993+0000',
  );
});

test('v1 TaskState has its attributes and children in the reference order', async () => {
  const { sim } = executingTask();
  const started = formatDate(sim.clock.now() - STEP_MS - 17);

  const xml = await (
    await xld('/task/bd4aef1c-3a85-4d1a-a839-03ae619d01df')
  ).text();

  expect(xml).toBe(
    [
      '<task id="bd4aef1c-3a85-4d1a-a839-03ae619d01df" currentStep="2" totalSteps="3" failures="0" state="EXECUTING" state2="EXECUTING" owner="admin">',
      '  <description>Initial deployment of Environments/Dev/TEST/PetPortal</description>',
      `  <startDate>${started}</startDate>`,
      '  <currentSteps>',
      '    <current>2</current>',
      '  </currentSteps>',
      '  <metadata>',
      '    <application>PetPortal</application>',
      '    <environment>TEST</environment>',
      '    <taskType>INITIAL</taskType>',
      '    <environment_id>Environments/Dev/TEST</environment_id>',
      '    <version>1.0</version>',
      '  </metadata>',
      '</task>',
      '',
    ].join('\n'),
  );
});

test('v2 TaskWithBlock holds the phases, with active blocks listed', async () => {
  const { task } = executingTask();

  const xml = await (await xld(`/tasks/v2/${task.id}`)).text();

  expect(xml).toContain(
    '<task id="bd4aef1c-3a85-4d1a-a839-03ae619d01df" failures="0" state="EXECUTING" owner="admin">',
  );
  expect(xml).toContain(
    [
      '  <activeBlocks>',
      '    <active>0</active>',
      '    <active>0_1</active>',
      '    <active>0_1_1</active>',
      '  </activeBlocks>',
    ].join('\n'),
  );
  expect(xml).toContain(
    [
      '  <block id="0" state="EXECUTING" description="Initial deployment of Environments/Dev/TEST/PetPortal" parallel="false">',
      '    <block id="0_1" state="EXECUTING" description="Deploy" parallel="false" phase="true">',
      '      <block id="0_1_1" state="EXECUTING" description="Deploy on tst-app-01"/>',
      '    </block>',
      '    <block id="0_2" state="PENDING" description="" parallel="false" phase="true">',
      '      <block id="0_2_1" state="PENDING" description="Register changes"/>',
      '    </block>',
      '  </block>',
      '</task>',
    ].join('\n'),
  );
  expect(xml.indexOf('<metadata>')).toBeLessThan(xml.indexOf('<block '));
});

test('a step block lists its steps with the number of the current one', async () => {
  const { task } = executingTask();

  const xml = await (await xld(`/tasks/v2/${task.id}/block/0_1_1/step`)).text();

  expect(xml).toMatch(
    /^<block id="0_1_1" state="EXECUTING" description="Deploy on tst-app-01" current="2">\n {2}<step failures="0" state="DONE">\n {4}<description>Step 1<\/description>\n {4}<startDate>[^<]+<\/startDate>\n {4}<completionDate>[^<]+<\/completionDate>\n {4}<log>Step 1 line 1\nStep 1 line 2\n<\/log>\n {4}<metadata>/,
  );
  expect(xml).toContain('<step failures="0" state="EXECUTING">');
});

test('a PENDING step has an empty log and no dates', async () => {
  const { task } = executingTask();

  const xml = await (await xld(`/tasks/v2/${task.id}/step/0_2_1_1`)).text();

  expect(xml).toBe(
    [
      '<step failures="0" state="PENDING">',
      '  <description>Update the repository with your deployment.</description>',
      '  <log></log>',
      '  <metadata>',
      '    <order>50</order>',
      '    <previewAvailable>false</previewAvailable>',
      '  </metadata>',
      '</step>',
      '',
    ].join('\n'),
  );
});

test('a composite block is listed without steps; a v1 step by its id', async () => {
  const sim = createTestEngine();
  serve(sim);
  const task = sim.engine.addTask(parallelSpec());

  const block = await (await xld(`/tasks/v2/${task.id}/block/0_1_1`)).text();
  const step = await (await xld(`/task/${task.id}/step/3`)).text();
  const all = await (await xld(`/task/${task.id}/step`)).text();

  expect(block).toBe(
    [
      '<block id="0_1_1" state="PENDING" description="Deploy on both servers" parallel="true">',
      '  <block id="0_1_1_1" state="PENDING" description="Deploy on server A"/>',
      '  <block id="0_1_1_2" state="PENDING" description="Deploy on server B"/>',
      '</block>',
      '',
    ].join('\n'),
  );
  expect(step).toContain('<description>B 1</description>');
  expect(all.match(/<step /g)).toHaveLength(7);
  expect(all.trimEnd().endsWith('</steps>\n</task>')).toBe(true);
});

test('v1 keeps the legacy state beside the full one in state2 (A-5)', async () => {
  const sim = createTestEngine();
  serve(sim);
  const task = sim.engine.addTask(parallelSpec(true));
  sim.engine.start(task.id);
  sim.advance(2 * STEP_MS);

  const failing = await (await xld(`/task/${task.id}`)).text();
  sim.advance(2 * STEP_MS);
  const failed = await (await xld(`/task/${task.id}`)).text();

  expect(failing).toContain('failures="1" state="EXECUTING" state2="FAILING"');
  expect(failed).toContain('state="STOPPED" state2="FAILED"');
});

test('text is escaped; an empty list is <list/>', async () => {
  const sim = createTestEngine();
  serve(sim);
  const empty = await (await xld('/tasks/v2/current/all')).text();
  sim.engine.addTask({
    ...taskSpec({ description: 'A', steps: steps(1) }),
    description: `Deploy 'R&D' <tools>`,
  });

  const xml = await (await xld('/task/current/all')).text();

  expect(empty).toBe('<list/>\n');
  expect(xml).toContain(
    '<description>Deploy &apos;R&amp;D&apos; &lt;tools&gt;</description>',
  );
});

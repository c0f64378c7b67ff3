// What reading a large task costs beyond fast-xml-parser itself: the parse
// and map of a TaskWithSteps of 10,000 steps beside a plain parse of the
// same text (attributes kept, the parser's defaults otherwise), and beside
// a parse with the model's own parser options. The model adds the size and
// DOCTYPE checks, the well-formedness pass and the mapping to domain types;
// the aim is at most 1.3 times the plain parse.
import { XMLParser } from 'fast-xml-parser';
import { parseTaskStateList, parseTaskWithSteps } from '../src/xld/parse.ts';
import { XML_PARSER_OPTIONS } from '../src/xld/xml-document.ts';
import { report } from './report.ts';

const STEPS = 10_000;
/** A busy wall screen's `/task/current/all`, read on every poll. */
const CURRENT_TASKS = 500;
const WARM_UP_RUNS = 3;
const MEASURED_RUNS = 11;

function stepXml(position: number): string {
  return (
    `<step failures="0" state="DONE">` +
    `<description>Deploy PetClinic-ear ${position} on JBoss</description>` +
    `<startDate>2014-08-08T19:51:17.993+0000</startDate>` +
    `<completionDate>2014-08-08T19:51:18.100+0000</completionDate>` +
    `<log>Executing step ${position}\n  copying PetClinic.ear &amp; ` +
    `config\n  done</log>` +
    `<metadata><order>50</order>` +
    `<deployed_0>Infrastructure/Dev/Appserver-1/JBoss/PetClinic-ear` +
    `</deployed_0><previewAvailable>false</previewAvailable></metadata>` +
    `</step>\n`
  );
}

function taskWithSteps(steps: number): string {
  const body = Array.from({ length: steps }, (_, index) => stepXml(index + 1));
  return (
    `<task id="bd4aef1c-3a85-4d1a-a839-03ae619d01df" currentStep="${steps}" ` +
    `totalSteps="${steps}" failures="0" state="EXECUTED" ` +
    `state2="EXECUTED" owner="admin">` +
    `<description>Initial deployment of Environments/Dev/TEST/PetPortal` +
    `</description><startDate>2014-08-08T19:51:17.993+0000</startDate>` +
    `<currentSteps><current>${steps}</current></currentSteps>` +
    `<metadata><application>PetPortal</application></metadata>` +
    `<steps>\n${body.join('')}</steps></task>`
  );
}

function taskListXml(tasks: number): string {
  const items = Array.from(
    { length: tasks },
    (_, index) =>
      `<task id="task-${index}" currentStep="3" totalSteps="12" ` +
      `failures="0" state="EXECUTING" state2="EXECUTING" owner="admin">` +
      `<description>Update deployment of Environments/Env${index}/App` +
      `</description><startDate>2026-12-03T08:30:00.000+0000</startDate>` +
      `<currentSteps><current>3</current></currentSteps><metadata>` +
      `<application>App</application><environment>Env${index}</environment>` +
      `<taskType>UPDATE</taskType><version>1.${index}</version></metadata>` +
      `</task>`,
  );
  return `<list>${items.join('')}</list>`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Comparison {
  readonly plainMs: number;
  readonly modelMs: number;
  /** Median of the ratios of runs taken side by side. */
  readonly ratio: number;
}

/**
 * Runs the two in turns, after warming both up, so that a machine busy
 * with other work slows both alike; the ratio is taken pair by pair.
 */
function compare(plain: () => unknown, model: () => unknown): Comparison {
  for (let index = 0; index < WARM_UP_RUNS; index++) {
    plain();
    model();
  }
  const plainTimes: number[] = [];
  const modelTimes: number[] = [];
  const ratios: number[] = [];
  for (let index = 0; index < MEASURED_RUNS; index++) {
    const plainMs = timeMs(plain);
    const modelMs = timeMs(model);
    plainTimes.push(plainMs);
    modelTimes.push(modelMs);
    ratios.push(modelMs / plainMs);
  }
  return {
    plainMs: median(plainTimes),
    modelMs: median(modelTimes),
    ratio: median(ratios),
  };
}

export default async function benchParse(): Promise<void> {
  const xml = taskWithSteps(STEPS);
  const plainParser = new XMLParser({ ignoreAttributes: false });

  const model = parseTaskWithSteps(xml);
  if (model.steps.length !== STEPS) {
    throw new Error(`read ${model.steps.length} steps, not ${STEPS}`);
  }

  const { plainMs, modelMs, ratio } = compare(
    () => plainParser.parse(xml),
    () => parseTaskWithSteps(xml),
  );

  report('parse.text_10k_steps', xml.length / 1024 / 1024, 'MiB');
  report('parse.plain_10k_steps', plainMs, 'ms');
  report('parse.model_10k_steps', modelMs, 'ms');
  report('parse.model_over_plain', ratio, 'ratio');

  // The same parser with the model's own options, without the checks and
  // the mapping: what the model adds to the parse it needs.
  const tunedParser = new XMLParser(XML_PARSER_OPTIONS);
  const tuned = compare(
    () => tunedParser.parse(xml),
    () => parseTaskWithSteps(xml),
  );
  report('parse.tuned_10k_steps', tuned.plainMs, 'ms');
  report('parse.model_over_tuned', tuned.ratio, 'ratio');

  const list = taskListXml(CURRENT_TASKS);
  const listTimes = Array.from({ length: MEASURED_RUNS + WARM_UP_RUNS }, () =>
    timeMs(() => parseTaskStateList(list)),
  ).slice(WARM_UP_RUNS);
  report('parse.model_500_current_tasks', median(listTimes), 'ms');
  await Promise.resolve();
}

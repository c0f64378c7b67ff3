// Property tests: whatever the text, the parsers return a value or throw
// XldResponseError, nothing else; and what a server writes comes back.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { XldResponseError } from './errors.ts';
import {
  blockXml,
  elementTree,
  taskWithBlock,
  taskWithBlockXml,
  taskWithSteps,
  taskWithStepsXml,
} from './test-support/fuzz-documents.ts';
import {
  parseBlockState,
  parseDeploymentPreview,
  parseStepBlockState,
  parseStepLog,
  parseStepState,
  parseTaskState,
  parseTaskStateList,
  parseTaskWithBlock,
  parseTaskWithBlockList,
  parseTaskWithSteps,
} from './parse.ts';

const PARSERS: readonly ((text: string) => unknown)[] = [
  parseTaskState,
  parseTaskStateList,
  parseTaskWithSteps,
  parseTaskWithBlock,
  parseTaskWithBlockList,
  parseBlockState,
  parseStepBlockState,
  parseStepState,
  parseDeploymentPreview,
  (text) => parseStepLog(text, 'application/json'),
  (text) => parseStepLog(text),
];

/** Runs every parser; fails on any exception but XldResponseError. */
function parsesOrRejectsCleanly(text: string): void {
  for (const parse of PARSERS) {
    try {
      parse(text);
    } catch (error) {
      if (!(error instanceof XldResponseError)) throw error;
    }
  }
}

function samples(): string[] {
  const folders = [
    '../../test/fixtures/xld/',
    '../../test/fixtures/xld/variants/',
  ];
  return folders.flatMap((folder) => {
    const url = new URL(folder, import.meta.url);
    return readdirSync(url)
      .filter((name) => name.endsWith('.xml'))
      .map((name) => readFileSync(new URL(name, url), 'utf8'));
  });
}

const SAMPLES = samples();

// Many runs each; on a busy machine they may take longer than the default.
const MANY_RUNS = { timeout: 60_000 };

test(
  'random text never escapes as anything but XldResponseError',
  MANY_RUNS,
  () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        parsesOrRejectsCleanly(text);
      }),
      { numRuns: 500 },
    );
  },
);

test(
  'random markup never escapes as anything but XldResponseError',
  MANY_RUNS,
  () => {
    const markup = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '/',
        '"',
        '=',
        '&',
        ';',
        '#',
        '!',
        '?',
        '[',
        ']',
        '-',
        ' ',
        'a',
        'task',
        'block',
        'step',
        'log',
        'id',
        'x',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(markup, (text) => {
        parsesOrRejectsCleanly(text);
      }),
      { numRuns: 1000 },
    );
  },
);

/** The parser for a sample's root element. */
function parserFor(sample: string): (text: string) => unknown {
  const root = /<([A-Za-z]+)[\s/>]/.exec(sample.replace(/<[?!][^>]*>/g, ''));
  const parsers: Record<string, (text: string) => unknown> = {
    task: parseTaskWithSteps,
    list: parseTaskStateList,
    block: parseStepBlockState,
    step: parseStepState,
    preview: parseDeploymentPreview,
  };
  const parser = parsers[root?.[1] ?? ''];
  if (parser === undefined) throw new Error('a sample of unknown kind');
  return parser;
}

test(
  'every truncation of a sample is refused, never read as less',
  MANY_RUNS,
  () => {
    for (const sample of SAMPLES) {
      const parse = parserFor(sample);
      const whole = sample.trimEnd();
      expect(() => parse(whole)).not.toThrow();

      for (let length = 0; length < whole.length; length++) {
        expect(() => parse(whole.slice(0, length))).toThrow(XldResponseError);
      }
    }
  },
);

test(
  'mutated samples never escape as anything but XldResponseError',
  MANY_RUNS,
  () => {
    const mutation = fc.record({
      sample: fc.constantFrom(...SAMPLES),
      at: fc.nat(),
      remove: fc.nat(8),
      insert: fc.string({ unit: 'binary', maxLength: 8 }),
    });
    fc.assert(
      fc.property(mutation, ({ sample, at, remove, insert }) => {
        const position = at % (sample.length + 1);
        parsesOrRejectsCleanly(
          sample.slice(0, position) + insert + sample.slice(position + remove),
        );
      }),
      { numRuns: 1000 },
    );
  },
);

test(
  'random element trees never escape as anything but XldResponseError',
  MANY_RUNS,
  () => {
    fc.assert(
      fc.property(elementTree, (xml) => {
        parsesOrRejectsCleanly(xml);
        parsesOrRejectsCleanly(`<list>${xml}${xml}</list>`);
      }),
      { numRuns: 500 },
    );
  },
);

test(
  'a TaskWithSteps a server writes comes back field for field',
  MANY_RUNS,
  () => {
    fc.assert(
      fc.property(taskWithSteps, (task) => {
        expect(parseTaskWithSteps(taskWithStepsXml(task))).toEqual(task);
      }),
      { numRuns: 300 },
    );
  },
);

test(
  'a TaskWithBlock a server writes comes back field for field',
  MANY_RUNS,
  () => {
    fc.assert(
      fc.property(taskWithBlock, (task) => {
        expect(parseTaskWithBlock(taskWithBlockXml(task))).toEqual(task);
      }),
      { numRuns: 300 },
    );
  },
);

test(
  'a block tree comes back with its phases and step blocks',
  MANY_RUNS,
  () => {
    fc.assert(
      fc.property(taskWithBlock, ({ block }) => {
        if (block === undefined) return;
        expect(parseBlockState(blockXml(block))).toEqual(block);
      }),
      { numRuns: 300 },
    );
  },
);

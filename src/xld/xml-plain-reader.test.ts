// The plain reader must give fast-xml-parser's very tree, or give up.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import {
  elementTree,
  taskWithBlock,
  taskWithBlockXml,
  taskWithSteps,
  taskWithStepsXml,
} from './test-support/fuzz-documents.ts';
import { XML_PARSER_OPTIONS } from './xml-document.ts';
import { readPlainXml } from './xml-plain-reader.ts';
import { findWellFormednessError } from './xml-well-formed.ts';

const parser = new XMLParser(XML_PARSER_OPTIONS);
const REPEATED = new Set(['task', 'block', 'step', 'active', 'current']);
const isRepeated = (name: string) => REPEATED.has(name);

function expectParserTree(text: string): void {
  const plain = readPlainXml(text, isRepeated);
  if (plain !== undefined) expect(plain).toEqual(parser.parse(text));
}

function fixtures(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => readFileSync(`${folder}/${name}`, 'utf8'));
}

const STEP_BLOCK = `<?xml version="1.0" encoding="UTF-8"?>
<block id="0_1_1" state="EXECUTING" description="Upload &amp; check" current="2">
  <step failures="0" state="DONE">
    <description>Upload a.webp</description>
    <startDate>2026-12-03T14:40:56.212+0000</startDate>
    <completionDate>2026-12-03T14:40:56.770+0000</completionDate>
    <log>  PUT a.webp
201 Created &lt;ok&gt;
</log>
    <metadata>
      <order>20</order>
      <previewAvailable>false</previewAvailable>
    </metadata>
  </step>
  <step failures="1" state='EXECUTING'>
    <description></description>
    <log></log>
    <metadata/>
  </step>
</block>
`;

test('a step block reads as the parser reads it', () => {
  const plain = readPlainXml(STEP_BLOCK, isRepeated);

  expect(plain).toBeDefined();
  expect(plain).toEqual(parser.parse(STEP_BLOCK));
});

test('every XL Deploy sample reads as the parser reads it', () => {
  const samples = [
    ...fixtures('test/fixtures/xld'),
    ...fixtures('test/fixtures/xld/variants'),
  ];

  expect(samples.length).toBeGreaterThan(5);
  for (const sample of samples) expectParserTree(sample);
});

test('any task a server writes reads as the parser reads it', () => {
  fc.assert(
    fc.property(taskWithSteps, (task) => {
      expectParserTree(taskWithStepsXml(task));
    }),
  );
  fc.assert(
    fc.property(taskWithBlock, (task) => {
      expectParserTree(taskWithBlockXml(task));
    }),
  );
});

test('any well-formed element tree reads as the parser reads it', () => {
  fc.assert(
    fc.property(elementTree, (text) => {
      if (findWellFormednessError(text) === undefined) expectParserTree(text);
    }),
    { numRuns: 500 },
  );
});

test('what is not plain is left to the parser', () => {
  const notPlain = [
    '<task><!-- a comment --></task>',
    '<task><description><![CDATA[a]]></description></task>',
    '<task>text<description>a</description></task>',
    '<task><description>a</description>text</task>',
    '<task><constructor>a</constructor></task>',
    '<task><toString>a</toString></task>',
    '<task xmlns:x="urn:x" x:id="1"/>',
    '<task><step><log>a <![CDATA[<b>]]></log></step></task>',
    '<?xml-stylesheet href="a"?><task/>',
    '<log>a</log>',
    `${'<a>'.repeat(80)}${'</a>'.repeat(80)}`,
  ];

  for (const text of notPlain) {
    expect(readPlainXml(text, isRepeated), text).toBeUndefined();
  }
});

test('whatever the plain reader reads whole is well-formed', () => {
  const cutShort = elementTree.chain((text) =>
    fc.nat(text.length).map((length) => text.slice(0, length)),
  );
  const spliced = fc
    .tuple(elementTree, elementTree, fc.nat())
    .map(([a, b, at]) => a.slice(0, at % (a.length + 1)) + b);
  const anyText = fc.oneof(
    elementTree,
    cutShort,
    spliced,
    fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', 'b', ' ', '"') }),
  );

  fc.assert(
    fc.property(anyText, (text) => {
      if (readPlainXml(text, isRepeated) !== undefined) {
        expect(findWellFormednessError(text)).toBeUndefined();
      }
    }),
    { numRuns: 2_000 },
  );
});

test('a document cut short or with a second root is not read', () => {
  const broken = [
    '<task><description>a</description>',
    '<task/><task/>',
    '<task/>text',
    'text<task/>',
    '<task></step>',
    '<task><step></task></step>',
    // An end tag with nothing open, found by the property below.
    '</>',
    '</task>',
    '',
  ];

  for (const text of broken) {
    expect(readPlainXml(text, isRepeated), text).toBeUndefined();
  }
});

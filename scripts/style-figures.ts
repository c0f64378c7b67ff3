// `npm run style:figures`: measures the production code (tests, benchmarks
// and end-to-end specs left out) the way the style companion measures its
// model codebases, so the project's row of that table can be filled in.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const PRODUCTION = /^(src|server|simulator)\/.*\.tsx?$/;
const NOT_PRODUCTION = /\.test\.tsx?$|^test\/|^e2e\/|^bench\//;

interface FunctionShape {
  readonly lines: number;
  readonly hasBlankLine: boolean;
}

function productionFiles(): string[] {
  const listed = execFileSync('git', ['ls-files'], { encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((path) => PRODUCTION.test(path) && !NOT_PRODUCTION.test(path));
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(share * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)] ?? 0;
}

function functionsOf(path: string, text: string): FunctionShape[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: FunctionShape[] = [];

  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const body = text.slice(node.getStart(source), node.getEnd());
      const lines = body.split('\n');
      found.push({
        lines: lines.length,
        hasBlankLine: lines.some((line) => line.trim() === ''),
      });
    }
    ts.forEachChild(node, visit);
  };

  visit(source);
  return found;
}

function isComment(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.startsWith('//') ||
    trimmed.startsWith('/*') ||
    trimmed.startsWith('*')
  );
}

const widths: number[] = [];
const fileLengths: number[] = [];
const functions: FunctionShape[] = [];
let nonBlank = 0;
let comments = 0;
let anys = 0;
let disables = 0;
let consoles = 0;
let todos = 0;

for (const path of productionFiles()) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  fileLengths.push(lines.length);
  functions.push(...functionsOf(path, text));

  for (const line of lines) {
    if (line.trim() === '') continue;
    nonBlank += 1;
    widths.push(line.replace(/\t/g, '  ').length);
    if (line.includes('eslint-disable')) disables += 1;
    if (line.includes('TODO')) todos += 1;
    if (isComment(line)) {
      comments += 1;
      continue;
    }
    if (/:\s*any\b|\bas any\b|<any>/.test(line)) anys += 1;
    if (/\bconsole\.\w+\(/.test(line)) consoles += 1;
  }
}

const byNumber = (a: number, b: number): number => a - b;
widths.sort(byNumber);
fileLengths.sort(byNumber);
const functionLengths = functions.map((shape) => shape.lines).sort(byNumber);
const long = functions.filter((shape) => shape.lines >= 15);
const stepped = long.filter((shape) => shape.hasBlankLine).length;
const share = (part: number, whole: number): string =>
  whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;

const rows = [
  `files: ${fileLengths.length}`,
  `width p95/p99: ${percentile(widths, 0.95)} / ${percentile(widths, 0.99)}`,
  `file lines median/p90: ${percentile(fileLengths, 0.5)} / ` +
    `${percentile(fileLengths, 0.9)}`,
  `function lines median/p90: ${percentile(functionLengths, 0.5)} / ` +
    `${percentile(functionLengths, 0.9)}`,
  `steps (functions of 15+ lines with a blank line): ` +
    share(stepped, long.length),
  `comments: ${share(comments, nonBlank)}`,
  `any / eslint-disable: ${anys} / ${disables}`,
  `console calls: ${consoles}`,
  `TODO marks: ${todos}`,
];
process.stdout.write(`${rows.join('\n')}\n`);

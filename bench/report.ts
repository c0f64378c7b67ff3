// Benchmarks print one line per figure, `name: value unit`, on stdout.
export function report(name: string, value: number, unit: string): void {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
  process.stdout.write(`${name}: ${shown} ${unit}\n`);
}

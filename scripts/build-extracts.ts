// `npm run extracts [-- --from DIR --to DIR]`: DfE CSVs → Arrow extracts, printing what was written.
import { buildExtracts, SourceError } from '@inclusion-dashboard/pipeline';
import { resolve } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
};
const from = arg('--from', resolve(import.meta.dirname, '../../shared/data/real'));
const to = arg('--to', resolve(import.meta.dirname, '../packages/sample-data/data'));

try {
  const t0 = performance.now();
  const written = buildExtracts(from, to);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`Read ${from}\nWrote ${to}:`);
  console.log(`${'file'.padEnd(18)}${pad('rows', 8)}${pad('indicators', 12)}${pad('bytes', 11)}  periods`);
  for (const w of written) {
    const span = w.periods.length ? `${w.periods[0]}–${w.periods.at(-1)} (${w.periods.length})` : '';
    console.log(`${w.file.padEnd(18)}${pad(w.rows, 8)}${pad(w.indicators || '', 12)}${pad(w.bytes, 11)}  ${span}`);
  }
  const total = written.reduce((a, w) => a + w.bytes, 0);
  console.log(`${written.length} files, ${written.reduce((a, w) => a + w.rows, 0)} rows, ${total} bytes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(e instanceof SourceError ? `Malformed input: ${e.message}` : e);
  process.exit(1);
}

// `npm run extracts [-- --from DIR --to DIR] [--full]`: DfE files → the catalogue, one Arrow extract per
// indicator, the five curated theme extracts, areas and neighbours; prints what was written. The committed sample
// leaves out the EES per-topic splits (by age, sex, ethnicity…); `--full` builds everything (835 indicators, about 69 MB).
// A source that no longer fits its entry stops the build with one line saying which and what to do.
import { buildExtracts, EntryError, SourceError } from '@inclusion-dashboard/pipeline';
import { resolve } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
};
const from = arg('--from', resolve(import.meta.dirname, '../../shared/data/real'));
const to = arg('--to', resolve(import.meta.dirname, '../packages/sample-data/data'));

try {
  const t0 = performance.now();
  const full = process.argv.includes('--full');
  const { files, catalogue, skipped } = await buildExtracts(from, to, { full });
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
  console.log(`Read ${from}\nWrote ${to} (${full ? 'full build' : 'the committed sample: no per-topic splits; --full for all'}):`);
  console.log(`${'file'.padEnd(20)}${pad('rows', 9)}${pad('indicators', 12)}${pad('size', 12)}  periods`);
  for (const w of files.filter((f) => !f.file.startsWith('indicators/'))) {
    const span = w.periods.length ? `${w.periods[0]}–${w.periods.at(-1)} (${w.periods.length})` : '';
    console.log(`${w.file.padEnd(20)}${pad(w.rows, 9)}${pad(w.indicators || '', 12)}${pad(kb(w.bytes), 12)}  ${span}`);
  }
  const per = files.filter((f) => f.file.startsWith('indicators/'));
  console.log(`\nindicators/: one extract per indicator, by theme`);
  console.log(`${'theme'.padEnd(20)}${pad('indicators', 11)}${pad('curated', 9)}${pad('rows', 9)}${pad('size', 12)}`);
  for (const t of catalogue.themes) {
    const list = catalogue.indicators.filter((i) => i.theme === t.id);
    console.log(`${t.id.padEnd(20)}${pad(list.length, 11)}${pad(list.filter((i) => i.curated).length, 9)}${pad(list.reduce((a, i) => a + i.rows, 0), 9)}${pad(kb(list.reduce((a, i) => a + i.bytes, 0)), 12)}`);
  }
  const total = files.reduce((a, w) => a + w.bytes, 0);
  const laitCodes = new Set(skipped.map((s) => s.code));
  if (skipped.length) console.log(`\nLeft out ${skipped.length} LAIT rows whose year label names no period (${[...new Set(skipped.map((s) => `"${s.years}"`))].join(', ')}; measures ${[...laitCodes].join(', ')}).`);
  console.log(`\n${catalogue.indicators.length} indicators; ${files.length} files (${per.length} per-indicator), ${files.reduce((a, w) => a + w.rows, 0)} rows, ${total} bytes (${(total / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (e) {
  // A source problem is one line saying what to do; anything else is a bug, with its stack.
  if (e instanceof SourceError) console.error(`Malformed input: ${e.message}`);
  else if (e instanceof EntryError) console.error(`Source changed: ${e.message}`);
  else console.error(e);
  process.exit(1);
}

// Issue 12: the CLI reproduces LAIT. A seeded sample of (measure, LA, year) cells from DfE's LAIT parquet, one
// from every one of its 434 measures plus extra "-" (no data) cells, each asked of the CLI as an analyst would:
// `benchmark --indicator <LAIT code> --area <LA number> --period <LAIT's year label>`. The answer must be the
// published value exactly, or status x where LAIT shows "-".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { parquetReadObjects } from 'hyparquet';
import { random } from '../../pipeline/test/helpers';
import { cli, DATA } from './helpers';

type Cell = { code: string; years: string; la: string; value: string };

describe('the CLI reproduces LAIT', () => {
  let cells: Cell[] = [];

  before(async () => {
    const buf = readFileSync(`${DATA}/lait/lait_bds_long.parquet`);
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
    // LA cells only (LAIT numbers 970 and up are England and regions): the question is about an LA.
    cells = rows
      .map((r) => ({ code: String(r['Short Desc']), years: String(r.Years).trim(), la: String(r['LA Number']), value: String(r.Values).trim() }))
      .filter((c) => Number(c.la) < 970);
  });

  test('one cell from every measure and 100 more "-" cells: the published value, or not available', async () => {
    const rand = random(20261202);
    const byCode = new Map<string, Cell[]>();
    for (const c of cells) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
    assert.equal(byCode.size, 434);
    const pick = (l: Cell[]) => l[Math.floor(rand() * l.length)];
    const sample = [...byCode.keys()].sort().map((code) => pick(byCode.get(code)!));
    const dashes = cells.filter((c) => c.value === '-');
    for (let i = 0; i < 100; i++) sample.push(pick(dashes));
    assert.ok(sample.length >= 300);

    const wrong: string[] = [];
    let values = 0;
    let missing = 0;
    for (const c of sample) {
      // An analyst types the year as LAIT shows it; a revised or final marker is not part of the year.
      const period = c.years.replace(/\s*\((rev|final|prov|ot)\)$/i, '');
      const r = await cli(['benchmark', '--indicator', c.code, '--area', c.la, '--period', period, '--json']);
      const ask = `${c.code} LA ${c.la} ${c.years}`;
      const dash = c.value === '-' || c.value === '';
      if (dash) missing++;
      else values++;
      if (r.code !== 0) {
        // LAIT keeps a "-" row for an LA in years it did not exist; the CLI answers that with its predecessor or
        // successor, which is the right "no value" answer.
        const boundary = /was (abolished|formed) on/.test(r.err);
        if (!(dash && r.code === 1 && boundary)) wrong.push(`${ask}: exit ${r.code} ${r.err.trim().split('\n')[0]}`);
        continue;
      }
      const got = JSON.parse(r.out) as { value: number | null; status: string | null; decimals: number };
      if (dash) {
        if (got.value !== null || got.status !== 'x') wrong.push(`${ask}: LAIT "-", CLI ${got.value} ${got.status}`);
      } else {
        // LAIT stores float noise (8.9600000000000009) and shows each measure at its published decimal places, as
        // the CLI does: the published figure at the indicator's precision.
        const published = Number(Number(c.value).toFixed(got.decimals));
        if (got.value === null || Math.abs(got.value - published) > 1e-9 * Math.max(1, Math.abs(published))) wrong.push(`${ask}: LAIT ${c.value}, CLI ${got.value} ${got.status} (${got.decimals} dp)`);
      }
    }
    assert.deepEqual(wrong, [], `${wrong.length} of ${sample.length} cells differ`);
    assert.ok(values > 250 && missing > 100, `${values} values, ${missing} missing`);
  });
});

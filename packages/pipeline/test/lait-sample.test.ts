// The extracts reproduce LAIT: random (measure, area, year) cells of DfE's LAIT parquet, at least one from every
// one of its 434 measures plus extra "-" cells, each found through the catalogue (LAIT code → indicator and
// breakdown) in that indicator's own extract, with exactly the published value, or status x for "-".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parquetReadObjects } from 'hyparquet';
import { AreaDirectory, ENGLAND_CODE, findInCatalogue, ObservationsExtract, parseCatalogue, readAreas, type Catalogue } from '@inclusion-dashboard/core';
import { EES_FIRST } from '../src/catalogue';
import { csv, DATA, EXTRACTS, random } from './helpers';

type Cell = { code: string; years: string; la: string; value: string };

/**
 * LAIT year labels, written out here independently of the pipeline: four-digit academic, January-census and
 * financial years name the year the period ends; calendar years and 31 March / September snapshots are the year.
 */
function expectedPeriod(label: string, yearType: string): string | undefined {
  const text = label.replace(/\s*\((rev|final|prov|ot)\)$/i, '');
  const ending = (y: number) => `${y - 1}${String(y % 100).padStart(2, '0')}`;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return ['Academic Year', 'Annual - January', 'Financial Year'].includes(yearType) ? ending(Number(m[1])) : m[1];
  if ((m = /^(\d{4})[/-](\d{2})$/.exec(text))) return yearType === 'Calendar Year' ? `${m[1]}-${m[1].slice(0, 2)}${m[2]}` : `${m[1]}${m[2]}`;
  if ((m = /^(\d{4})\/(\d{2})-(\d{2})\/(\d{2})$/.exec(text))) return `${m[1]}${m[2]}-${m[1].slice(0, 2)}${m[3]}${m[4]}`;
  return undefined;
}

const REGIONS: Record<string, string> = {
  970: ENGLAND_CODE, 980: 'E12000001', 981: 'E12000002', 982: 'E12000003', 983: 'E12000004', 984: 'E12000005',
  985: 'E12000006', 986: 'E12000007', 987: 'E13000001', 988: 'E13000002', 989: 'E12000008', 990: 'E12000009',
};

describe('the extracts reproduce LAIT (lait_bds_long.parquet)', () => {
  let cells: Cell[] = [];
  const catalogue: Catalogue = parseCatalogue(JSON.parse(readFileSync(join(EXTRACTS, 'catalogue.json'), 'utf8')));
  const areas = new AreaDirectory(readAreas(readFileSync(join(EXTRACTS, 'areas.arrow'))));
  const dict = csv('lait/lait_data_dictionary.csv');
  const yearType = new Map<string, string>();
  for (const r of dict.rows) if (!yearType.has(dict.get(r, 'Measure_short'))) yearType.set(dict.get(r, 'Measure_short'), dict.get(r, 'Year_Type'));
  const extracts = new Map<string, ObservationsExtract>();
  const extract = (file: string) => {
    let x = extracts.get(file);
    if (!x) extracts.set(file, (x = new ObservationsExtract(readFileSync(join(EXTRACTS, file)))));
    return x;
  };

  before(async () => {
    const buf = readFileSync(join(DATA, 'lait/lait_bds_long.parquet'));
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer });
    cells = rows.map((r) => ({ code: String(r['Short Desc']), years: String(r.Years).trim(), la: String(r['LA Number']), value: String(r.Values) }));
  });

  test('434 measures, every one of them in the catalogue (as its own indicator or a curated one\'s breakdown)', () => {
    const codes = new Set(cells.map((c) => c.code));
    assert.equal(codes.size, 434);
    for (const code of codes) assert.ok(findInCatalogue(catalogue, code), code);
  });

  test('a seeded sample of 600 cells (every measure, 166 "-" cells) gives the published value or status x', (t) => {
    const rand = random(20261201);
    const byCode = new Map<string, Cell[]>();
    for (const c of cells) {
      let l = byCode.get(c.code);
      if (!l) byCode.set(c.code, (l = []));
      l.push(c);
    }
    const sample: Cell[] = [];
    for (const code of [...byCode.keys()].sort()) {
      const l = byCode.get(code)!;
      sample.push(l[Math.floor(rand() * l.length)]);
    }
    const dashes = cells.filter((c) => c.value === '-');
    while (sample.length < 600) sample.push(dashes[Math.floor(rand() * dashes.length)]);

    const tally = { value: 0, x: 0, noPeriod: 0, viaEes: 0 };
    for (const c of sample) {
      const found = findInCatalogue(catalogue, c.code)!;
      const breakdown = found.breakdown ?? found.entry.breakdown.total;
      const areaCode = REGIONS[c.la] ?? areas.find(c.la)?.code;
      assert.ok(areaCode, `LA number ${c.la}`);
      const period = expectedPeriod(c.years, yearType.get(c.code)!);
      const x = extract(found.entry.file);
      const series = x.series(found.entry.id, areaCode, breakdown);
      const at = `${c.code} ${c.la} "${c.years}" "${c.value}" → ${found.entry.id} (${breakdown})`;
      if (period === undefined) {
        // One measure has a year "0" (every value "-"): no period can be named, so it is left out, and said so.
        assert.equal(c.years, '0', at);
        assert.equal(c.value, '-', at);
        tally.noPeriod++;
        continue;
      }
      const o = series.filter((s) => s.period === period);
      if (EES_FIRST.has(found.entry.id) && c.value === '-' && !o.length) {
        // LAIT's "-" for an area-year the EES file does not publish (an LA before it existed): no row either way.
        tally.x++;
        continue;
      }
      assert.equal(o.length, 1, `${at}: ${o.length} rows for ${period}`);
      if (EES_FIRST.has(found.entry.id)) {
        // EHC plan timeliness comes from the EES files (LAIT copies them, to one decimal place); LAIT fills the rest.
        if (c.value !== '-' && o[0].value !== null && o[0].denominator !== null) {
          assert.ok(Math.abs(o[0].value - Number(c.value)) <= 0.05 + 1e-9, at);
          tally.viaEes++;
          continue;
        }
      }
      if (c.value === '-') {
        assert.deepEqual([o[0].value, o[0].status], [null, 'x'], at);
        tally.x++;
      } else {
        assert.deepEqual([o[0].value, o[0].status], [Number(Number(c.value).toPrecision(15)), null], at);
        tally.value++;
      }
    }
    t.diagnostic(`sampled ${sample.length} cells of ${byCode.size} measures: ${JSON.stringify(tally)}`);
    assert.ok(tally.value >= 250 && tally.x >= 150, JSON.stringify(tally));
  });

  test('a generated measure keeps LAIT\'s decimal places (dps) and every period the parquet has', () => {
    for (const code of ['SEN_CASES_JAN', 'RTA', 'Hosp_Adm_Alc_<18yrs', 'A3A', 'Premium']) {
      const found = findInCatalogue(catalogue, code);
      assert.ok(found && !found.entry.curated, code);
      const dps = dict.rows.find((r) => dict.get(r, 'Measure_short') === code)!;
      if (/^\d+$/.test(dict.get(dps, 'dps'))) assert.equal(found.entry.decimals, Number(dict.get(dps, 'dps')), code);
      const wanted = [...new Set(cells.filter((c) => c.code === code).map((c) => expectedPeriod(c.years, yearType.get(code)!)))].sort();
      assert.deepEqual([...found.entry.periods].sort(), wanted, code);
      assert.deepEqual([...extract(found.entry.file).periods(found.entry.id)].sort(), wanted, code);
    }
    // Three-year figures are ranges, labelled "first to last".
    const rta = findInCatalogue(catalogue, 'RTA')!;
    assert.ok(rta.entry.periods.includes('2014-2016'));
  });
});

// The CLI on a catalogue (one extract per indicator, read only when asked for) gives the same answers as on the
// theme extracts. The catalogue is made here from the bundled theme extracts, in the layout core's catalogue.ts
// describes, so this runs before the real catalogue exists in packages/sample-data.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CATALOGUE_FORMAT, ObservationsExtract, indicatorFile, type Catalogue, type Observation } from '@inclusion-dashboard/core';
import { writeObservations } from '@inclusion-dashboard/core/write';
import { Dataset } from '../src/data';
import { cli } from './helpers';

const THEMES = resolve(import.meta.dirname, '../../sample-data/data');
const IDS = ['ehcp-20-weeks', 'suspension-rate', 'persistent-absence', 'suspension-rate-sen'];
let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-catalogue-'));
  mkdirSync(join(dir, 'indicators'));
  copyFileSync(join(THEMES, 'areas.arrow'), join(dir, 'areas.arrow'));
  copyFileSync(join(THEMES, 'neighbours.arrow'), join(dir, 'neighbours.arrow'));
  const ds = new Dataset([THEMES]);
  const entries: Catalogue['indicators'] = [];
  for (const id of IDS) {
    const { data, meta } = ds.find(id)!;
    const rows: Observation[] = [];
    for (const code of data.areaCodes(id)) for (const b of meta.breakdown.values) rows.push(...data.series(id, code, b));
    const file = indicatorFile(id);
    writeFileSync(join(dir, file), writeObservations(rows, { indicators: [meta], areas: '../areas.arrow', neighbours: '../neighbours.arrow', title: id, licence: 'OGL' }));
    entries.push({
      id, label: meta.label, theme: meta.theme, topic: meta.theme === 'ehcp' ? 'SEN2' : 'Pupils', unit: meta.unit, unitLabel: meta.unitLabel,
      polarity: meta.polarity, coverage: meta.coverage, curated: true, lait: meta.lait, breakdown: meta.breakdown, periods: data.periods(id),
      las: 150, file, bytes: statSync(join(dir, file)).size, rows: rows.length,
    });
  }
  const catalogue: Catalogue = {
    kind: 'catalogue', format: CATALOGUE_FORMAT, title: 'test', licence: 'OGL', areas: 'areas.arrow', neighbours: 'neighbours.arrow',
    themes: [{ id: 'ehcp', label: 'EHC plan timeliness' }, { id: 'exclusions', label: 'Suspensions and exclusions' }, { id: 'attendance', label: 'Attendance' }],
    indicators: entries,
  };
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const both = async (args: string[]) => {
  const a = await cli([...args, '--extract', THEMES, '--json']);
  const b = await cli([...args, '--json'], { INCLUSION_DATA: join(dir, 'catalogue.json') });
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  return [JSON.parse(a.out), JSON.parse(b.out)];
};

describe('a catalogue', () => {
  for (const args of [
    ['benchmark', '--indicator', 'ehcp-20-weeks', '--area', 'Salford City Council', '--period', '2024'],
    ['benchmark', '--indicator', 'TotFixedEx', '--area', 'Kent County Council', '--period', '2023/24'],
    ['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024'],
    ['compare', '--indicator', 'suspension-rate', '--area', 'Manchester', '--against', 'neighbours:2021', '--period', '2023/24'],
    ['trend', '--indicator', 'persistent-absence', '--area', 'Bristol'],
  ]) {
    it(`answers ${args.slice(0, 3).join(' ')} as the theme extracts do`, async () => {
      const [themes, catalogue] = await both(args);
      assert.deepEqual(catalogue, themes);
    });
  }

  it('lists and searches from the catalogue without reading the indicator extracts', async () => {
    const ds = new Dataset([dir]);
    const list = ds.list();
    assert.deepEqual(list.map((i) => i.id), IDS);
    assert.equal(list.find((i) => i.id === 'ehcp-20-weeks')!.topic, 'SEN2');
    const r = await cli(['indicators', '--topic', 'sen2', '--json'], { INCLUSION_DATA: dir });
    assert.deepEqual(JSON.parse(r.out).map((i: { id: string }) => i.id), ['ehcp-20-weeks']);
    const t = await cli(['indicators', '--theme', 'Suspensions and exclusions', '--json'], { INCLUSION_DATA: dir });
    assert.deepEqual(JSON.parse(t.out).map((i: { id: string }) => i.id), ['suspension-rate', 'suspension-rate-sen']);
  });

  it('reads only the extract a command needs', () => {
    const ds = new Dataset([join(dir, 'catalogue.json')]);
    const found = ds.find('SEN_EHC_All_20wks')!;
    assert.ok(found.data instanceof ObservationsExtract);
    assert.deepEqual(found.data.meta.indicators.map((m) => m.id), ['ehcp-20-weeks']);
    assert.equal(found.breakdown, 'Total');
  });

  it('says a missing indicator extract in one line', async () => {
    rmSync(join(dir, indicatorFile('suspension-rate-sen')));
    const r = await cli(['benchmark', '--indicator', 'suspension-rate-sen', '--area', 'England'], { INCLUSION_DATA: dir });
    assert.equal(r.code, 3);
    assert.match(r.err.trim(), /^No such indicator extract: .*indicators\/suspension-rate-sen\.arrow$/);
  });
});

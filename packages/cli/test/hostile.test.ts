// Hostile extracts and bad paths: text printed raw could drive the analyst's terminal, and a path could make the
// CLI read without end, hang, or wander out of the data folder. Each ends in one clear line, never a stack trace.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Observation } from '@inclusion-dashboard/core';
import { writeAreas, writeObservations } from '@inclusion-dashboard/core/write';
import { Dataset } from '../src/data';
import { assertNoStack, cli, UNSAFE } from './helpers';

const ESC = '\u001b[2J\u001b[H\u001b]0;pwned\u0007';
const BIDI = '\u202e';
const C1 = '\u009b31m';
let dir: string;
let data: string;

/** The EHC plan extract as published, with Salford's name, the indicator label and a breakdown made hostile. */
function hostileFolder(): void {
  const ds = new Dataset([join(import.meta.dirname, '../../sample-data/data')]);
  const found = ds.find('ehcp-20-weeks')!;
  const rows: Observation[] = [];
  for (const code of found.data.areaCodes(found.meta.id)) rows.push(...found.data.series(found.meta.id, code));
  const evil = (s: string) => (s === 'Salford' ? `Salford${ESC}${BIDI}${C1}\nEngland  99.9%` : s);
  const meta = { ...found.meta, label: `EHC plans${ESC} within 20 weeks`, definition: `Plans${BIDI}${C1}` };
  for (const r of rows) r.areaName = evil(r.areaName);
  writeFileSync(join(data, 'ehcp.arrow'), writeObservations(rows, { indicators: [meta], areas: 'areas.arrow', neighbours: 'neighbours.arrow', title: `t${ESC}`, licence: 'l' }));
  const areas = ds.areas.areas.map((a) => ({ ...a, name: evil(a.name) }));
  writeFileSync(join(data, 'areas.arrow'), writeAreas(areas, 'areas', 'l'));
  writeFileSync(join(data, 'neighbours.arrow'), readFileSync(join(import.meta.dirname, '../../sample-data/data/neighbours.arrow')));
  // A name that a spreadsheet would run as a formula.
  const formula = areas.map((a) => (a.laCode === '350' ? { ...a, name: '=HYPERLINK("http://evil","Bolton")' } : a));
  mkdirSync(join(dir, 'formula'));
  writeFileSync(join(dir, 'formula', 'areas.arrow'), writeAreas(formula, 'areas', 'l'));
  copyFileSync(join(data, 'ehcp.arrow'), join(dir, 'formula', 'ehcp.arrow'));
  copyFileSync(join(data, 'neighbours.arrow'), join(dir, 'formula', 'neighbours.arrow'));
}

/** An extract whose companions are named `areas` and `neighbours` (which may be hostile). */
function withCompanions(name: string, areas: string, neighbours = 'neighbours.arrow'): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  const rows = [{ indicator: 'x', period: '2024', periodLabel: '2024', level: 'National', areaCode: 'E92000001', laCode: null, areaName: 'England', breakdown: 'Total', value: 1, numerator: null, denominator: null, status: null }] as Observation[];
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  writeFileSync(join(d, 'x.arrow'), writeObservations(rows, { indicators: [meta], areas, neighbours, title: 't', licence: 'l' }));
  return join(d, 'x.arrow');
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
  data = join(dir, 'data');
  mkdirSync(data);
  hostileFolder();
  const ds = new Dataset([join(import.meta.dirname, '../../sample-data/data')]);
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ ...ds.find('ehcp-20-weeks')!.meta, id: 'x' }));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('control characters in an extract never reach the terminal', () => {
  for (const args of [
    ['benchmark', '--indicator', 'ehcp-20-weeks', '--area', '355', '--period', '2024'],
    ['ranking', '--indicator', 'ehcp-20-weeks', '--period', '2024', '--area', '355'],
    ['compare', '--indicator', 'ehcp-20-weeks', '--area', '355', '--against', 'neighbours'],
    ['compare', '--indicator', 'ehcp-20-weeks', '--area', '350', '--with', '355'],
    ['trend', '--indicator', 'ehcp-20-weeks', '--area', '355'],
    ['indicators'],
    ['indicators', '--indicator', 'ehcp-20-weeks'],
  ]) {
    for (const format of [[], ['--json'], ['--csv']]) {
      it(`${args[0]} ${format.join(' ') || '(table)'}${args[0] === 'indicators' && args[1] ? ' --indicator' : ''}`, async () => {
        const r = await cli([...args, '--extract', data, ...format]);
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.out, UNSAFE);
        assert.doesNotMatch(r.err, UNSAFE);
        if (args[0] !== 'indicators') assert.match(r.out, /Salford/);
        // The newline in the name does not start a fake row.
        assert.doesNotMatch(r.out, /\nEngland {2}99\.9%/);
      });
    }
  }

  it('in error messages too', async () => {
    const r = await cli(['benchmark', '--extract', data, '--indicator', 'ehcp-20-weeks', '--area', `Nowhere${ESC}`]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.err, UNSAFE);
  });

  it('a name a spreadsheet would run as a formula is quoted and prefixed in CSV', async () => {
    const r = await cli(['ranking', '--extract', join(dir, 'formula'), '--indicator', 'ehcp-20-weeks', '--period', '2024', '--csv']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /,"'=HYPERLINK\(""http:\/\/evil"",""Bolton""\)",350,/);
  });
});

describe('bad paths give one clear line and exit 3', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a folder with no extracts (/etc)', () => ['/etc'], /^No catalogue\.json or observations extracts \(\.arrow\) in the folder \/etc\.$/],
    ['a device (/dev/zero)', () => ['/dev/zero'], /^Extract \/dev\/zero is not a regular file \(it is a device, pipe or socket\), so it is not read\.$/],
    ['a FIFO, which would block a read', () => {
      const f = join(dir, 'fifo.arrow');
      execFileSync('mkfifo', [f]);
      return [f];
    }, /^Extract .*fifo\.arrow is not a regular file/],
    ['a missing file', () => [join(dir, 'missing.arrow')], /^No such file or folder: .*missing\.arrow$/],
    ['a file that is not an extract', () => {
      const f = join(dir, 'notes.arrow');
      writeFileSync(f, 'time_period,value\n2024,1\n');
      return [f];
    }, /^Cannot read .*notes\.arrow: Not a readable Arrow file/],
    ['a catalogue that is not JSON', () => {
      const f = join(dir, 'bad.json');
      writeFileSync(f, '{"kind": "catalogue",');
      return [f];
    }, /^The catalogue .*bad\.json is not valid JSON\.$/],
    ['a companion named ".."', () => [withCompanions('dotdot', '..')], /^The areas file named in the data, "\.\.", is not a file name, so it is not read\.$/],
    ['a companion outside the folder', () => [withCompanions('up', '../areas.arrow')], /^The areas file named in the data, "\.\.\/areas\.arrow", leaves the data folder, so it is not read\.$/],
    ['a companion in a subfolder', () => [withCompanions('sub', 'more/areas.arrow')], /^The areas file named in the data, "more\/areas\.arrow", is not a file beside it, so it is not read\.$/],
    ['a companion with an absolute path', () => [withCompanions('abs', '/etc/passwd')], /^The areas file named in the data, "\/etc\/passwd", is not a relative path, so it is not read\.$/],
    ['a companion that is a link out of the folder', () => {
      const p = withCompanions('link', 'areas.arrow');
      symlinkSync(join(data, 'areas.arrow'), join(dir, 'link', 'areas.arrow'));
      return [p];
    }, /^The areas file named in the data, "areas\.arrow", points outside the data folder, so it is not read\.$/],
    ['a companion that is /dev/zero by a link', () => {
      const p = withCompanions('zero', 'areas.arrow');
      symlinkSync('/dev/zero', join(dir, 'zero', 'areas.arrow'));
      return [p];
    }, /points outside the data folder|is not a regular file/],
    ['a catalogue whose areas leave its folder', () => {
      const d = join(dir, 'cat');
      mkdirSync(d);
      mkdirSync(join(d, 'indicators'));
      copyFileSync(withCompanions('for-cat', 'areas.arrow'), join(d, 'indicators', 'x.arrow'));
      const x = { id: 'x', label: 'x', theme: 't', file: 'indicators/x.arrow', periods: ['2024'] };
      writeFileSync(join(d, 'catalogue.json'), JSON.stringify({ kind: 'catalogue', format: 1, title: 't', licence: 'l', areas: '../data/areas.arrow', neighbours: 'n.arrow', themes: [], indicators: [x] }));
      return [d];
    }, /^The areas file named in the data, "\.\.\/data\/areas\.arrow", leaves the data folder, so it is not read\.$/],
    ['a catalogue with a hostile indicator id', () => {
      const d = join(dir, 'cat2');
      mkdirSync(d);
      writeFileSync(join(d, 'catalogue.json'), JSON.stringify({ kind: 'catalogue', format: 1, title: 't', licence: 'l', areas: 'a.arrow', neighbours: 'n.arrow', themes: [], indicators: [{ id: '../../etc/passwd', label: 'x', theme: 't', file: 'x', periods: [] }] }));
      return [d];
    }, /^Cannot read .*catalogue\.json: The catalogue is not valid: an indicator id is not a lower-case slug\.$/],
  ];
  for (const [what, make, expected] of cases) {
    let made: string[] | undefined;
    // Each case's files are made once, then read twice (text and JSON).
    const paths = () => (made ??= make());
    it(what, async () => {
      const r = await cli(['benchmark', '--extract', ...paths(), '--indicator', 'x', '--area', 'England']);
      assert.equal(r.code, 3, r.err);
      assert.equal(r.out, '');
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err.trim(), expected);
      assertNoStack(r.err);
      const j = await cli(['benchmark', '--extract', ...paths(), '--indicator', 'x', '--area', 'England', '--json']);
      assert.equal(JSON.parse(j.err).error.exit, 3);
    });
  }

  it('a file over the cap is refused before it is read', async () => {
    const { readCapped } = await import('../src/safe-read');
    const f = join(dir, 'big.arrow');
    writeFileSync(f, Buffer.alloc(2048));
    assert.throws(() => readCapped(f, 'extract', 1024), /is 2048 bytes, over the 1024-byte limit/);
    assert.equal(readCapped(f, 'extract', 4096).byteLength, 2048);
  });
});

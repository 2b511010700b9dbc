// A spine of every LA indicator in the sample catalogue (475 extracts, each its latest file, as the element loads
// them): its summary stays a paragraph a person reads, naming a few of each long list and counting the rest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, ExtractSet, ObservationsExtract, describeSpine, parseCatalogue, readAreas, readNeighbours, sentenceCase, spineChart, spineNotes } from '../src/index';
import { NATIONAL_TOTAL } from '../src/analysis/spine';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const catalogue = parseCatalogue(JSON.parse(readFileSync(resolve(DATA, 'catalogue.json'), 'utf8')));
const las = catalogue.indicators.filter((i) => i.coverage === 'la');
const set = new ExtractSet(
  las.map((i) => new ObservationsExtract(readFileSync(resolve(DATA, i.latest?.file ?? i.file)))),
  new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow')))),
);

test('the summary of a spine of every indicator names three of a long list, the furthest into the quarter first', () => {
  const m = spineChart(set, 'Salford', las.map((i) => i.id).join(' '));
  assert.ok(m.rows.length >= 400, `${m.rows.length} rows`);
  const text = describeSpine(m);
  // Every name in, it was 17,082 characters.
  assert.ok(text.length < 2000, `${text.length} characters`);
  const directed = m.rows.filter((r) => r.indicator.polarity !== 'none' && r.value !== null);
  const inD = directed.filter((r) => r.band === 'D');
  assert.ok(inD.length > 5);
  const d = text.match(/band D\) on (\d+) of (\d+)\. Its lowest ranks are on (.+?)\. It is in the best/);
  assert.ok(d, text);
  assert.equal(Number(d[1]), inD.length);
  assert.equal(Number(d[2]), directed.length);
  // The three named are the three placed lowest in band D.
  const share = (r: (typeof inD)[number]) => (r.rank! - 1) / (r.of - 1);
  const third = share([...inD].sort((a, b) => share(b) - share(a))[2]);
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A label as a whole item of the list (one label can begin another: "… per pupil" and "… per pupil - Chinese").
  const named = inD.filter((r) => new RegExp(`(?:^|, | and )${esc(sentenceCase(r.indicator.label))}(?:, | and |$)`).test(d[3]));
  assert.ok(named.length >= 3, `${named.length} named: ${d[3]}`);
  for (const r of named) assert.ok(share(r) >= third, `${r.indicator.label}: ${r.rank} of ${r.of}`);
  assert.match(text, /^(?:(?!\d+ measures, including).)*\d+ measures, including [^.]+, have no better or worse direction\./);
});

test('a row whose England figure is the national total (a count, a spend) is left off, with one note for all of them', () => {
  const m = spineChart(set, 'Salford', las.map((i) => i.id).join(' '));
  const totals = m.skipped.filter((k) => k.reason === NATIONAL_TOTAL);
  // The 58 counts whose England figure is a total, and the gross spends, FTE counts and others labelled as values.
  assert.ok(totals.length >= 60, `${totals.length} left off`);
  assert.ok(totals.some((k) => k.id === 'ap-la-funded-pupils') && totals.some((k) => k.id === 'lait-totallacfinance'));
  // Their rates are kept: England's rate lies among the councils'.
  assert.ok(m.rows.some((r) => r.indicator.id === 'ap-la-funded-pupils-per-10000'));
  for (const r of m.rows) assert.ok(r.england !== null && Math.abs(r.england) <= 2 * Math.max(Math.abs(r.worst), Math.abs(r.best)), r.indicator.id);
  const notes = spineNotes(m).filter((n) => n.startsWith('Not shown'));
  assert.equal(notes.filter((n) => n.includes('national total')).length, 1);
  assert.match(notes.find((n) => n.includes('national total'))!, /^Not shown, as England’s figure is the national total, .*: Pupils in LA-funded alternative provision; /);
});

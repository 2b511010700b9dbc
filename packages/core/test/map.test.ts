// The hexagon map: which layout a period gets, where each arrow key goes, how hexes are coloured, what is said.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  AreaDirectory, BAND_FILL, contrast, hexLayouts, hexStep, layoutFor, mapTable, mapView, NO_VALUE_FILL, ObservationsExtract, readAreas, readNeighbours,
  valueFill, VALUE_STOPS, type HexCell, type HexDirection,
} from '../src/index';

const EXTRACTS = resolve(import.meta.dirname, '../../sample-data/data');
const extract = (file: string) => new ObservationsExtract(readFileSync(resolve(EXTRACTS, file)));
const areas = new AreaDirectory(
  readAreas(readFileSync(resolve(EXTRACTS, 'areas.arrow'))),
  readNeighbours(readFileSync(resolve(EXTRACTS, 'neighbours.arrow'))),
);
const ehcp = extract('ehcp.arrow');
const attendance = extract('attendance.arrow');
const context = extract('context.arrow');
const exclusions = extract('exclusions.arrow');

describe('hex layouts', () => {
  test('one per boundary set, each LA once, no two on one hex', () => {
    const sizes = hexLayouts().map((l) => [l.id, l.hexes.size]);
    assert.deepEqual(sizes, [['pre-2019', 152], ['2019', 151], ['2021', 152], ['2023', 153]]);
    for (const l of hexLayouts()) {
      const places = new Set([...l.hexes.values()].map((h) => `${h.q},${h.r}`));
      assert.equal(places.size, l.hexes.size, l.id);
      for (const la of l.hexes.keys()) assert.ok(areas.find(la)?.level === 'Local authority', `${la} in ${l.id}`);
    }
  });

  test('the layout follows the boundaries in force as the period starts (academic and calendar years)', () => {
    const id = (p: string) => layoutFor(p).id;
    assert.deepEqual(['200607', '201819', '2018'].map(id), ['pre-2019', 'pre-2019', 'pre-2019']);
    assert.deepEqual(['201920', '2019', '202021', '2020'].map(id), ['2019', '2019', '2019', '2019']);
    assert.deepEqual(['202122', '2022', '202223'].map(id), ['2021', '2021', '2021']);
    assert.deepEqual(['202324', '2023', '2024', '202425'].map(id), ['2023', '2023', '2023', '2023']);
    const has = (p: string, la: string) => layoutFor(p).hexes.has(la);
    // Cumbria (909) until 2022/23; Cumberland (942), and Westmorland and Furness (943) from 2023/24.
    assert.ok(has('202223', '909') && !has('202223', '942') && !has('202223', '943'));
    assert.ok(!has('202324', '909') && has('202324', '942') && has('202324', '943'));
    // Bournemouth (837), Poole (836) and the old Dorset (835) before 2019; BCP (839) and Dorset (838) after.
    assert.ok(has('201819', '837') && has('201819', '836') && has('201819', '835') && !has('201819', '839'));
    assert.ok(has('201920', '839') && has('201920', '838') && !has('201920', '837'));
    // Northamptonshire (928) until 2020/21; North (940) and West (941) from 2021/22.
    assert.ok(has('202021', '928') && !has('202021', '940'));
    assert.ok(has('202122', '940') && has('202122', '941') && !has('202122', '928'));
  });

  test('every LA with a value in every period of the sample data has a hex, from 2009/10 on', () => {
    for (const [data, ids] of [[ehcp, ['ehcp-20-weeks']], [attendance, ['persistent-absence']], [exclusions, ['suspension-rate']], [context, ['ehcp-rate']]] as const) {
      for (const id of ids) {
        for (const p of data.periods(id).filter((x) => Number(x.slice(0, 4)) >= 2009)) {
          const lay = layoutFor(p);
          const missing = data.cross(id, p, data.indicator(id)!.breakdown.total)
            .filter((o) => o.level === 'Local authority' && o.value !== null && !lay.hexes.has(o.laCode ?? ''));
          assert.deepEqual(missing.map((o) => o.areaName), [], `${id} ${p}`);
        }
      }
    }
  });
});

describe('hexStep: arrow keys go to the neighbouring hexagon in that direction', () => {
  const lay = layoutFor('2024');
  const las = [...lay.hexes.keys()];
  const cells: HexCell[] = las.map((la) => lay.hexes.get(la)!);
  const go = (from: string, ...dirs: HexDirection[]) => {
    let i = las.indexOf(areas.find(from)!.laCode!);
    for (const d of dirs) i = hexStep(cells, i, d);
    return areas.find(las[i])!.name;
  };
  test('left and right along the row', () => {
    assert.equal(go('Salford', 'right'), 'Bolton');
    assert.equal(go('Salford', 'left'), 'Wigan');
    assert.equal(go('Bolton', 'left'), 'Salford');
    // Across the gap west of Plymouth to the Isles of Scilly.
    assert.equal(go('Plymouth', 'left'), 'Isles of Scilly');
  });
  test('up and down to a touching hex, and back again', () => {
    assert.equal(go('Westmorland and Furness', 'up'), 'Cumberland');
    assert.equal(go('Cumberland', 'down'), 'Westmorland and Furness');
    assert.equal(go('Westmorland and Furness', 'down'), 'Blackburn with Darwen');
    assert.equal(go('Blackburn with Darwen', 'up'), 'Westmorland and Furness');
    assert.equal(go('Lancashire', 'up'), 'Blackpool');
    for (const la of ['Salford', 'Birmingham', 'Camden', 'Surrey', 'Leeds', 'Westmorland and Furness']) {
      assert.equal(go(la, 'up', 'down'), la);
      assert.equal(go(la, 'down', 'up'), la);
    }
    for (const la of ['Salford', 'Camden', 'Leeds']) assert.equal(go(la, 'right', 'left'), la);
  });
  test('in every layout, the arrow keys reach every hexagon from any other', () => {
    for (const l of hexLayouts()) {
      const cs = [...l.hexes.values()];
      const next = cs.map((_, i) => (['left', 'right', 'up', 'down'] as HexDirection[]).map((d) => hexStep(cs, i, d)));
      for (let start = 0; start < cs.length; start++) {
        const seen = new Set([start]);
        const queue = [start];
        while (queue.length) for (const j of next[queue.shift()!]) if (!seen.has(j)) { seen.add(j); queue.push(j); }
        assert.equal(seen.size, cs.length, `${l.id}, from ${[...l.hexes.keys()][start]}`);
      }
    }
  });

  test('past the edge: the nearest hex beyond a gap, or stay', () => {
    assert.equal(go('Isles of Scilly', 'up'), 'Cornwall');
    assert.equal(go('North Tyneside', 'up'), 'North Tyneside');
    // Nothing touches Kent below: the nearest hex on that side.
    assert.equal(go('Kent', 'down'), 'East Sussex');
    assert.equal(go('Isles of Scilly', 'left'), 'Isles of Scilly');
    assert.equal(go('Medway', 'right'), 'Medway');
  });
});

describe('colouring', () => {
  test('bands: A darkest; every fill carries text with at least 4.5:1', () => {
    for (const f of [...Object.values(BAND_FILL), ...VALUE_STOPS]) {
      assert.ok(Math.max(contrast('#ffffff', f), contrast('#0b0c0c', f)) >= 4.5, f);
    }
    assert.equal(valueFill(0, [0, 10]), VALUE_STOPS[0]);
    assert.equal(valueFill(10, [0, 10]), VALUE_STOPS[4]);
    assert.equal(valueFill(5, [0, 10]), VALUE_STOPS[2]);
  });

  test('EHC plans in 20 weeks, 2024: band colours, letters, Salford and its neighbours outlined', () => {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    assert.equal(v.layout.id, '2023');
    assert.equal(v.colour, 'band');
    assert.equal(v.hexes.length, 153);
    const salford = v.hexes.find((h) => h.selected)!;
    assert.equal(salford.area.name, 'Salford');
    // CLI: 50.1%, rank 76 of 153, band B (DfE published every LA's figure).
    assert.deepEqual([salford.value, salford.rank, salford.band, salford.fill, salford.mark], [50.1, 76, 'B', BAND_FILL.B, 'B']);
    assert.equal(salford.announce, 'Salford, North West: 50.1%, rank 76 of 153, band B (selected)');
    assert.equal(v.neighbours!.model, '2025');
    assert.equal(v.hexes.filter((h) => h.neighbour).length, 10);
    for (const h of v.hexes) {
      if (h.value === null) assert.deepEqual([h.fill, h.mark], [NO_VALUE_FILL, '–']);
      else assert.deepEqual([h.fill, h.mark], [BAND_FILL[h.band!], h.band]);
    }
    assert.deepEqual(v.hexes.filter((h) => h.value === null).map((h) => h.area.name).sort(), []);
    // CLI: quartiles 29.4%, 49.4%, 78.6%.
    assert.deepEqual(v.legend.map((l) => l.label).slice(0, 4), ['A, best quarter: 78.6% or more', 'B: 49.4% to 78.6%', 'C: 29.4% to 49.4%', 'D, worst quarter: below 29.4%']);

    const old = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024', neighbourModel: '2021' });
    assert.equal(old.neighbours!.model, '2021');
    assert.notDeepEqual(old.hexes.filter((h) => h.neighbour).map((h) => h.area.name), v.hexes.filter((h) => h.neighbour).map((h) => h.area.name));
  });

  test('value colouring: by position between the lowest and highest; no polarity means value colouring', () => {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', period: '2024', colour: 'value' });
    assert.equal(v.colour, 'value');
    assert.deepEqual(v.domain, [3.2, 100]);
    const devon = v.hexes.find((h) => h.area.name === 'Devon')!;
    assert.equal(devon.fill, VALUE_STOPS[0]);
    assert.equal(devon.mark, '');
    const c = mapView(context, areas, { indicator: 'ehcp-rate', period: '202223' });
    assert.equal(c.colour, 'value');
    assert.equal(c.thresholds, null);
  });
});

describe('summary and table', () => {
  test('where the chosen LA sits, its neighbours, highest, lowest, the regional pattern, and the gaps', () => {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    assert.equal(v.summary, [
      "Salford's EHC plans issued within 20 weeks in 2024 was 50.1%.",
      'That is higher than England (45.9%).',
      'Rank 76 of 153 councils, band B (A is best).',
      'Its 10 statistical neighbours (2025 model) have an outline.',
      'Of these, 2 are in band A, 2 are in band B, 3 are in band C and 3 are in band D.',
      'Highest: Barnet and 3 others (100.0%). Lowest: Devon (3.2%).',
      'Of the regions, London has the highest figure (64.7%) and South West the lowest (31.0%).',
      'London has the most councils in band A for its size (48%). South West has the most in band D (47%).',
    ].join(' '));
  });

  test('Cumbria in 2022/23 is on the 2021 map; in 2024 it is not, and the summary says so', () => {
    const before = mapView(attendance, areas, { indicator: 'persistent-absence', area: 'Cumbria', period: '2022/23' });
    assert.equal(before.layout.id, '2021');
    assert.ok(before.hexes.some((h) => h.selected && h.area.name === 'Cumbria'));
    assert.ok(!before.hexes.some((h) => h.area.name === 'Cumberland'));
    const after = mapView(attendance, areas, { indicator: 'persistent-absence', area: 'Cumbria', period: '2024/25' });
    assert.equal(after.layout.id, '2023');
    assert.ok(after.summary.startsWith('Cumbria is not on the map of 2024/25 boundaries'));
  });

  test('a region or England as the area is refused with a reason', () => {
    assert.throws(() => mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'North West' }), /"North West" is a region: the map outlines one local authority/);
    assert.throws(() => mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'England' }), /"England" is the whole country: the map outlines one local authority/);
  });

  test('LAs with figures but no hex (before 2009) are named and kept in the table', () => {
    const v = mapView(exclusions, areas, { indicator: 'suspension-rate', period: '2007/08' });
    assert.deepEqual(v.unmapped.map((x) => x.area.name).sort(), ['Bedfordshire', 'Cheshire']);
    assert.match(v.summary, /Not on this map, which shows the boundaries before April 2019 \(Bournemouth, Poole and Dorset\): Bedfordshire and Cheshire; their figures are in the table\./);
    const t = mapTable(v);
    const beds = t.rows.find((r) => r[0].text === 'Bedfordshire')!;
    assert.equal(beds.at(-1)!.text, 'Not on this map');
  });

  test('the table: one row per LA in rank order, values as published, the outlined ones marked', () => {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
    const t = mapTable(v);
    assert.deepEqual(t.columns.map((c) => c.label), ['Local authority', 'Region', 'Value', 'Rank', 'Band', 'On the map']);
    assert.equal(t.rows.length, 153);
    assert.deepEqual(t.rows.find((r) => r[0].text === 'Salford')!.map((c) => c.text), ['Salford', 'North West', '50.1%', '76', 'B', 'Selected']);
    assert.equal(t.rows.filter((r) => r.at(-1)!.text === 'Statistical neighbour (2025 model)').length, 10);
    assert.deepEqual(t.rows.at(-1)!.map((c) => c.text).slice(0, 5), ['Devon', 'South West', '3.2%', '153', 'D']);
  });
});

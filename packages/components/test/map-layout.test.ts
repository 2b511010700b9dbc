// The hexagon map's frame and the placing of the selected LA's label are pure functions (no DOM): tested in Node on
// the real sample extracts, for every LA, at three widths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, ObservationsExtract, formatValue, mapView, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { layoutSelectedLabel, mapFrame, placeSelectedLabel } from '../src/inclusion-map/map-draw';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const ehcp = new ObservationsExtract(readFileSync(resolve(DATA, 'ehcp.arrow')));
const areas = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow'))));
const measure = (s: string) => s.length * 8;
/** Bold 14px text, as the element measures it without a canvas. */
const measureBold = (s: string) => s.length * 8.2;

test('the map fits its width and about a screen of height, with letters never under 12 px', () => {
  const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area: 'Salford', period: '2024' });
  for (const width of [320, 720, 1200]) {
    const f = mapFrame(v, width);
    assert.ok(f.w <= width + 1, `${width}: ${f.w} wide`);
    assert.ok(f.h <= Math.max(300, Math.min(620, width * 1.1)) + 1, `${width}: ${f.h} high`);
    assert.ok(f.font >= 12 && f.font <= 15);
    for (const x of v.hexes) {
      // A pointy-top hexagon is r high above its centre and r·√3/2 wide either side.
      const p = f.at(x);
      const hw = (Math.sqrt(3) / 2) * f.r;
      assert.ok(p.x - hw >= -1 && p.x + hw <= f.w + 1 && p.y - f.r >= -1 && p.y + f.r <= f.h + 1, `${x.area.name} inside at ${width}`);
    }
  }
});

test('the selected LA\'s label stays inside the map for every LA, with a leader only when it is away from its hex', () => {
  const names = [...new Set(ehcp.cross('ehcp-20-weeks', '2024').filter((o) => o.level === 'Local authority').map((o) => o.areaName))];
  assert.ok(names.length > 140);
  let leaders = 0;
  for (const area of names) {
    const v = mapView(ehcp, areas, { indicator: 'ehcp-20-weeks', area, period: '2024' });
    const sel = v.hexes.find((x) => x.selected);
    if (!sel) continue;
    const f = mapFrame(v, 720);
    const tw = measure(`${sel.area.name}: 100.0%`);
    const { box, leader } = placeSelectedLabel(v, f, sel, tw, 18);
    assert.ok(box.x >= 2 && box.x + box.w <= f.w - 2 && box.y >= 2 && box.y + box.h <= f.h - 2, `${area}: label inside the map`);
    if (leader) {
      leaders++;
      assert.ok(Math.hypot(leader.x1 - f.at(sel).x, leader.y1 - f.at(sel).y) <= f.r + 0.01, `${area}: the leader starts at the hex's edge`);
    }
  }
  assert.ok(leaders < names.length, 'most labels sit beside their hex');
});

test('at every width, the selected LA\'s name and figure fit inside the map, on two lines where that hides fewer hexagons', () => {
  // The 2024 map and the 2020/21 one, whose Bournemouth, Christchurch and Poole is the longest name on any map.
  const exclusions = new ObservationsExtract(readFileSync(resolve(DATA, 'exclusions.arrow')));
  const maps: [ObservationsExtract, string, string][] = [[ehcp, 'ehcp-20-weeks', '2024'], [exclusions, 'suspension-rate', '202021']];
  let wrapped = 0;
  let clear = 0;
  let at720 = 0;
  for (const [data, indicator, period] of maps) {
    const names = [...new Set(data.cross(indicator, period).filter((o) => o.level === 'Local authority').map((o) => o.areaName))];
    for (const area of names) {
      const v = mapView(data, areas, { indicator, area, period });
      const sel = v.hexes.find((x) => x.selected);
      if (!sel) continue;
      for (const width of [304, 720, 1200]) {
        const f = mapFrame(v, width);
        const l = layoutSelectedLabel(v, f, sel, measureBold);
        const { box } = l;
        assert.ok(l.inside && box.x >= 2 && box.x + box.w <= f.w - 2 && box.y >= 2 && box.y + box.h <= f.h - 2, `${area} at ${width}: label inside the map`);
        for (const line of l.lines) assert.ok(measureBold(line) <= box.w, `${area} at ${width}: "${line}" fits its box`);
        assert.equal(l.lines.join(' '), `${sel.area.name}: ${formatValue(sel.value, v.indicator, sel.status)}`, 'nothing cut or dropped');
        if (l.lines.length > 1) wrapped++;
        if (width === 720) [at720, clear] = [at720 + 1, clear + (l.hides === 0 ? 1 : 0)];
      }
    }
  }
  assert.ok(wrapped > 0, 'some long names wrap at 304 px');
  // Drawn only where it hides no hexagon (else the key gives the figure): at 720 px, for most LAs.
  assert.ok(clear > at720 / 2, `${clear} of ${at720} labels hide no hexagon at 720 px`);
});

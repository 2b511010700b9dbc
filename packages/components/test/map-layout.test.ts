// The hexagon map's frame and the placing of the selected LA's label are pure functions (no DOM): tested in Node on
// the real sample extracts, for every LA, at three widths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { AreaDirectory, ObservationsExtract, mapView, readAreas, readNeighbours } from '@inclusion-dashboard/core';
import { mapFrame, placeSelectedLabel } from '../src/inclusion-map/map-draw';

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const ehcp = new ObservationsExtract(readFileSync(resolve(DATA, 'ehcp.arrow')));
const areas = new AreaDirectory(readAreas(readFileSync(resolve(DATA, 'areas.arrow'))), readNeighbours(readFileSync(resolve(DATA, 'neighbours.arrow'))));
const measure = (s: string) => s.length * 8;

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

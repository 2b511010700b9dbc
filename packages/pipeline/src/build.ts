import type { Observation, Theme } from '@inclusion-dashboard/core';
import { AreaDirectory, writeAreas, writeNeighbours, writeObservations } from '@inclusion-dashboard/core';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAreas, buildNeighbours } from './areas';
import { CATALOGUE, THEME_FILES, type IndicatorDef } from './catalogue';
import { readEes } from './sources/ees';
import { readLait } from './sources/lait';

export const LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Education.';

export interface WrittenExtract {
  file: string;
  rows: number;
  indicators: number;
  periods: string[];
  bytes: number;
}

/** Write to a temporary file, then rename: a failed run never leaves a partial extract. */
export function writeAtomic(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function readIndicator(dir: string, def: IndicatorDef, areas: AreaDirectory): Observation[] {
  const seen = new Set<string>();
  const out: Observation[] = [];
  for (const s of def.sources) {
    const rows = s.kind === 'lait' ? readLait(dir, s, areas) : readEes(dir, s, areas);
    for (const o of rows) {
      // The first source listed wins where two cover the same cell.
      const key = `${o.period}|${o.areaCode}|${o.breakdown}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(o);
    }
  }
  return out;
}

/** Build every extract from the DfE files in `dir` into `outDir`. Nothing is written unless all sources read cleanly. */
export function buildExtracts(dir: string, outDir: string): WrittenExtract[] {
  const areaList = buildAreas(dir);
  const directory = new AreaDirectory(areaList);
  const links = buildNeighbours(dir, directory);
  const files: { file: string; bytes: Uint8Array; rows: number; indicators: number; periods: string[] }[] = [];
  const title = 'SEND and AP inclusion dashboard extract';
  files.push({ file: 'areas.arrow', bytes: writeAreas(areaList, 'England, regions and local authorities', LICENCE), rows: areaList.length, indicators: 0, periods: [] });
  files.push({ file: 'neighbours.arrow', bytes: writeNeighbours(links, 'DfE children\'s services statistical neighbours, 2021 and 2025 models', LICENCE), rows: links.length, indicators: 0, periods: [] });

  const byTheme = new Map<Theme, { defs: IndicatorDef[]; rows: Observation[] }>();
  for (const def of CATALOGUE) {
    const rows = readIndicator(dir, def, directory);
    if (!rows.length) throw new Error(`Indicator "${def.meta.id}" read no rows: check its sources.`);
    const t = byTheme.get(def.meta.theme) ?? { defs: [], rows: [] };
    t.defs.push(def);
    t.rows.push(...rows);
    byTheme.set(def.meta.theme, t);
  }
  for (const [theme, { defs, rows }] of byTheme) {
    const bytes = writeObservations(rows, {
      indicators: defs.map((d) => d.meta), areas: 'areas.arrow', neighbours: 'neighbours.arrow',
      title: `${title}: ${theme}`, licence: LICENCE,
    });
    files.push({ file: THEME_FILES[theme], bytes, rows: rows.length, indicators: defs.length, periods: [...new Set(rows.map((r) => r.period))].sort() });
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of files) writeAtomic(join(outDir, f.file), f.bytes);
  return files.map(({ file, rows, indicators, periods, bytes }) => ({ file, rows, indicators, periods, bytes: bytes.byteLength }));
}

import type { Area, NeighbourLink } from '@inclusion-dashboard/core';
import { AreaDirectory, ENGLAND_CODE, capitalise } from '@inclusion-dashboard/core';
import { join } from 'node:path';
import { CsvTable } from './csv';
import { SourceError } from './errors';
import { checkReferences, REFERENCE, type ReferenceEntry } from './reference';

/** Boundary changes (not mere code changes), by 3-digit LA code: predecessor → successors. */
export const BOUNDARY_CHANGES: Record<string, string[]> = {
  '820': ['822', '823'], // Bedfordshire, 2009
  '875': ['895', '896'], // Cheshire, 2009
  '835': ['838'], // Dorset, 2019
  '836': ['839'], // Poole, 2019
  '837': ['839'], // Bournemouth, 2019
  '928': ['940', '941'], // Northamptonshire, 2021
  '909': ['942', '943'], // Cumbria, 2023
};

export { LAIT_REGIONS } from './lait';

const isoDate = (d: string) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
};

/** England, the nine regions and every LA since 2009, one row per 3-digit code. */
export function buildAreas(dir: string): Area[] {
  checkReferences(dir);
  const read = (e: ReferenceEntry) => CsvTable.read(join(dir, e.file)).require(...e.columns);
  const las = read(REFERENCE.las);
  const regions = read(REFERENCE.regions);
  const current = read(REFERENCE.current);
  const regionName = new Map<string, string>();
  for (const r of regions.rows) regionName.set(regions.get(r, 'region_code'), regions.get(r, 'region_name'));

  const groups = new Map<string, typeof las.rows>();
  for (const r of las.rows) {
    const code = las.get(r, 'old_la_code').trim();
    // Combined rows ("942 / 943"), codes with no LA number, and 702 (BFPO) are not LAs.
    if (!/^\d{3}$/.test(code) || code === '702') continue;
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code)!.push(r);
  }
  const laitName = new Map<string, string>();
  for (const r of current.rows) laitName.set(current.get(r, 'old_la_code'), current.get(r, 'lait_la_name'));

  const predecessors = new Map<string, string[]>();
  for (const [from, tos] of Object.entries(BOUNDARY_CHANGES)) {
    for (const to of tos) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  }

  const out: Area[] = [{
    code: ENGLAND_CODE, laCode: null, name: 'England', level: 'National', regionCode: null, regionName: null,
    laType: null, live: true, from: null, to: null, formerCodes: [], successors: [], predecessors: [], aliases: [],
  }];
  for (const r of regions.rows) {
    const code = regions.get(r, 'region_code');
    const name = regions.get(r, 'region_name');
    // Inner and Outer London (E13) are statistical groupings of London's LAs: areas with figures, not regions.
    const sub = code.startsWith('E13');
    out.push({
      code, laCode: null, name, level: sub ? 'Sub-regional' : 'Regional', regionCode: sub ? 'E12000007' : null, regionName: sub ? 'London' : null, laType: null, live: true,
      from: null, to: null, formerCodes: [], successors: [], predecessors: [],
      aliases: name === 'Yorkshire and The Humber' ? ['Yorkshire and the Humber'] : sub ? [`London (${name.split(' ')[0]})`] : [],
    });
  }
  for (const [laCode, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const live = rows.find((r) => las.get(r, 'status') === 'live');
    const byEnd = [...rows].sort((a, b) => (isoDate(las.get(b, 'date_of_termination')) ?? '').localeCompare(isoDate(las.get(a, 'date_of_termination')) ?? ''));
    const main = live ?? byEnd[0];
    const code = las.get(main, 'new_la_code');
    const regionCode = las.get(main, 'parent_geography_code');
    if (!regionName.has(regionCode)) throw new SourceError('dfe_las.csv', main.line, 'parent_geography_code', `unknown region "${regionCode}".`);
    const froms = rows.map((r) => isoDate(las.get(r, 'date_of_operation'))).filter((d): d is string => !!d).sort();
    const names = new Set(rows.map((r) => las.get(r, 'la_name')));
    const lait = laitName.get(laCode);
    if (lait) names.add(lait);
    const name = las.get(main, 'la_name');
    names.delete(name);
    out.push({
      code, laCode, name, level: 'Local authority', regionCode, regionName: regionName.get(regionCode)!,
      laType: las.get(main, 'entity_description'), live: !!live,
      from: froms[0] ?? null, to: live ? null : isoDate(las.get(main, 'date_of_termination')),
      formerCodes: [...new Set(rows.map((r) => las.get(r, 'new_la_code')))].filter((c) => c !== code).sort(),
      successors: BOUNDARY_CHANGES[laCode] ?? [],
      predecessors: predecessors.get(laCode) ?? [],
      aliases: [...names].sort(),
    });
  }
  return out;
}

/** Statistical neighbours from the 2021 and 2025 models, as tidy links between 3-digit codes. */
export function buildNeighbours(dir: string, directory: AreaDirectory): NeighbourLink[] {
  const out: NeighbourLink[] = [];
  for (const [model, e] of [['2021', REFERENCE.neighbours2021], ['2025', REFERENCE.neighbours2025]] as const) {
    const t = CsvTable.read(join(dir, e.file)).require(...e.columns);
    for (const r of t.rows) {
      const la = t.get(r, 'la_number').trim();
      const nb = t.get(r, 'sn_la_number').trim();
      for (const [col, code] of [['la_number', la], ['sn_la_number', nb]] as const) {
        if (!directory.find(code)) throw new SourceError(t.file, r.line, col, `unknown LA number "${code}".`);
      }
      const rank = Number(t.get(r, 'sn_rank'));
      if (!Number.isInteger(rank) || rank < 1 || rank > 10) throw new SourceError(t.file, r.line, 'sn_rank', `expected a rank from 1 to 10, found "${t.get(r, 'sn_rank')}".`);
      const c = t.get(r, 'closeness').trim().toLowerCase();
      out.push({ model, laCode: la, rank, neighbour: nb, closeness: capitalise(c) });
    }
  }
  return out;
}

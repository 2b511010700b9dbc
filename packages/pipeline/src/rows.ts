import type { Area, AreaDirectory, Cell, GeoLevel, Observation } from '@inclusion-dashboard/core';
import { ENGLAND_CODE, mustSuppress, parseCell, periodLabel } from '@inclusion-dashboard/core';
import type { CsvRow, CsvTable } from './csv';
import { SourceError } from './errors';

/** The area an EES row describes, joined on the 3-digit LA code (Inner and Outer London rows are regional rows with E13 codes). */
export function eesArea(t: CsvTable, r: CsvRow, areas: AreaDirectory): Area | null {
  const level = t.get(r, 'geographic_level').trim();
  if (level === 'National') return areas.find(ENGLAND_CODE)!;
  if (level === 'Regional') {
    const code = t.get(r, 'region_code').trim();
    const a = areas.find(code);
    if (!a || (a.level !== 'Regional' && a.level !== 'Sub-regional')) throw new SourceError(t.file, r.line, 'region_code', `unknown region code "${code}".`);
    return a;
  }
  if (level === 'Local authority') {
    const code = t.get(r, 'old_la_code').trim();
    const a = areas.find(code);
    if (!/^\d{3}$/.test(code) || !a) throw new SourceError(t.file, r.line, 'old_la_code', `unknown LA number "${code}".`);
    return a;
  }
  throw new SourceError(t.file, r.line, 'geographic_level', `unexpected geographic level "${level}".`);
}

/** A number or a known missing-value symbol; anything else is an error naming the cell. */
export function cellAt(t: CsvTable, r: CsvRow, column: string): Cell {
  const raw = t.get(r, column);
  const c = parseCell(raw);
  if (!c) throw new SourceError(t.file, r.line, column, `expected a number or a missing-value symbol (c, x, z, low, u, ., -, NULL), found "${raw}".`);
  return c;
}

export function periodAt(t: CsvTable, r: CsvRow, column = 'time_period'): string {
  const p = t.get(r, column).trim();
  if (!/^\d{4}(\d{2})?$/.test(p)) throw new SourceError(t.file, r.line, column, `expected a time period like 201819 or 2022, found "${p}".`);
  return p;
}

export function observation(
  indicator: string, period: string, area: Area, breakdown: string,
  value: Cell, numerator: Cell | null = null, denominator: Cell | null = null, suppress = false,
): Observation {
  const num = numerator?.value ?? null;
  const den = denominator?.value ?? null;
  const hide = suppress && value.value !== null && mustSuppress(num, den);
  return {
    indicator, period, periodLabel: periodLabel(period),
    level: area.level as GeoLevel, areaCode: area.code, laCode: area.laCode, areaName: area.name, breakdown,
    value: hide ? null : value.value,
    numerator: hide ? null : num,
    denominator: hide && den !== null && den < 10 ? null : den,
    status: hide ? 'c' : value.status,
  };
}

import { encodeTable, type ColumnInput } from './table-encode';
import { FORMAT_VERSION, META_KEYS, OPTIONAL_COLUMNS, ROW_ORDER, type Observation, type ObservationsMeta } from './observations-schema';

/** Write observations as an extract. Rows are sorted so the bytes depend only on the content. */
export function writeObservations(rows: readonly Observation[], meta: ObservationsMeta, { dropEmpty = false } = {}): Uint8Array {
  const sorted = [...rows].sort(ROW_ORDER);
  const col = <K extends keyof Observation>(k: K) => sorted.map((r) => r[k]);
  const columns = [
    { name: 'indicator', kind: 'dict', values: col('indicator') },
    { name: 'time_period', kind: 'dict', values: col('period') },
    { name: 'time_label', kind: 'dict', values: col('periodLabel') },
    { name: 'geographic_level', kind: 'dict', values: col('level') },
    { name: 'area_code', kind: 'dict', values: col('areaCode') },
    { name: 'old_la_code', kind: 'dict', values: col('laCode') },
    { name: 'area_name', kind: 'dict', values: col('areaName') },
    { name: 'breakdown', kind: 'dict', values: col('breakdown') },
    { name: 'value', kind: 'f64', values: col('value') },
    { name: 'numerator', kind: 'f64', values: col('numerator') },
    { name: 'denominator', kind: 'f64', values: col('denominator') },
    { name: 'status', kind: 'dict', values: col('status') },
  ] as ColumnInput[];
  const optional = new Set<string>(OPTIONAL_COLUMNS);
  return encodeTable(
    dropEmpty ? columns.filter((c) => !optional.has(c.name) || c.values.some((v) => v !== null)) : columns,
    {
      [META_KEYS.kind]: 'observations',
      [META_KEYS.format]: FORMAT_VERSION,
      [META_KEYS.indicators]: JSON.stringify(meta.indicators),
      [META_KEYS.areas]: meta.areas,
      [META_KEYS.neighbours]: meta.neighbours,
      [META_KEYS.title]: meta.title,
      [META_KEYS.licence]: meta.licence,
    },
  );
}

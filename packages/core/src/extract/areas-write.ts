import type { Area, NeighbourLink } from './areas';
import { FORMAT_VERSION, META_KEYS } from './observations-schema';
import { encodeTable } from './table-encode';

const list = (xs: string[]) => (xs.length ? xs.join('|') : null);

export function writeAreas(areas: readonly Area[], title: string, licence: string): Uint8Array {
  const rows = [...areas].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return encodeTable(
    [
      { name: 'area_code', kind: 'dict', values: rows.map((a) => a.code) },
      { name: 'old_la_code', kind: 'dict', values: rows.map((a) => a.laCode) },
      { name: 'area_name', kind: 'dict', values: rows.map((a) => a.name) },
      { name: 'geographic_level', kind: 'dict', values: rows.map((a) => a.level) },
      { name: 'region_code', kind: 'dict', values: rows.map((a) => a.regionCode) },
      { name: 'region_name', kind: 'dict', values: rows.map((a) => a.regionName) },
      { name: 'la_type', kind: 'dict', values: rows.map((a) => a.laType) },
      { name: 'live', kind: 'dict', values: rows.map((a) => (a.live ? 'live' : 'terminated')) },
      { name: 'date_of_operation', kind: 'dict', values: rows.map((a) => a.from) },
      { name: 'date_of_termination', kind: 'dict', values: rows.map((a) => a.to) },
      { name: 'former_codes', kind: 'dict', values: rows.map((a) => list(a.formerCodes)) },
      { name: 'successors', kind: 'dict', values: rows.map((a) => list(a.successors)) },
      { name: 'predecessors', kind: 'dict', values: rows.map((a) => list(a.predecessors)) },
      { name: 'aliases', kind: 'dict', values: rows.map((a) => list(a.aliases)) },
    ],
    { [META_KEYS.kind]: 'areas', [META_KEYS.format]: FORMAT_VERSION, [META_KEYS.title]: title, [META_KEYS.licence]: licence },
  );
}

export function writeNeighbours(links: readonly NeighbourLink[], title: string, licence: string): Uint8Array {
  const rows = [...links].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0) || (a.laCode < b.laCode ? -1 : a.laCode > b.laCode ? 1 : 0) || a.rank - b.rank);
  return encodeTable(
    [
      { name: 'sn_model', kind: 'dict', values: rows.map((r) => r.model) },
      { name: 'old_la_code', kind: 'dict', values: rows.map((r) => r.laCode) },
      { name: 'sn_rank', kind: 'i32', values: rows.map((r) => r.rank) },
      { name: 'sn_old_la_code', kind: 'dict', values: rows.map((r) => r.neighbour) },
      { name: 'closeness', kind: 'dict', values: rows.map((r) => r.closeness) },
    ],
    { [META_KEYS.kind]: 'neighbours', [META_KEYS.format]: FORMAT_VERSION, [META_KEYS.title]: title, [META_KEYS.licence]: licence },
  );
}

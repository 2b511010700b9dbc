import type { GeoLevel } from '../geography';
import { DecodedTable, dictAt, finish, finishAsync, numAt } from './table-codec';
import { FORMAT_VERSION, META_KEYS, readKind } from './observations';
import { checkCount } from './limits';

/** An LA, region or England, as it is or was. LAs are keyed by their stable 3-digit code. */
export interface Area {
  code: string;
  laCode: string | null;
  name: string;
  level: GeoLevel;
  regionCode: string | null;
  regionName: string | null;
  laType: string | null;
  live: boolean;
  /** ISO dates (yyyy-mm-dd) of operation and termination, where known. */
  from: string | null;
  to: string | null;
  /** Earlier 9-character codes of the same LA (a code change, not a boundary change). */
  formerCodes: string[];
  /** 3-digit codes of the LAs it became, or came from, at a boundary change. */
  successors: string[];
  predecessors: string[];
  /** Other spellings met in sources, e.g. LAIT's "Durham". */
  aliases: string[];
}

export interface NeighbourLink {
  model: string;
  laCode: string;
  rank: number;
  neighbour: string;
  closeness: string;
}

const unlist = (s: string | null) => (s ? s.split('|') : []);

export function readAreas(bytes: Uint8Array): Area[] {
  return finish(areaSteps(bytes));
}

/**
 * `readAreas` in steps, for a caller that yields between runs of them: checked, decoded and turned into areas in
 * one go, the areas file was a task of about 55 ms at 4x CPU (issue 18).
 */
export function readAreasAsync(bytes: Uint8Array, pause: () => Promise<void>, budgetMs = 8): Promise<Area[]> {
  return finishAsync(areaSteps(bytes), pause, budgetMs);
}

/** A lookup file checked, read and known to be of its kind, in steps. */
function* opened(bytes: Uint8Array, kind: 'areas' | 'neighbours', rows: string): Generator<void, DecodedTable> {
  const t = yield* DecodedTable.open(bytes);
  yield;
  readKind(t, kind);
  checkCount(t.numRows, rows, kind);
  return t;
}

function* areaSteps(bytes: Uint8Array): Generator<void, Area[]> {
  const t = yield* opened(bytes, 'areas', 'areas');
  const [code, la, name, level, rc, rn, type, live, from, to, former, succ, pred, alias] = [
    'area_code', 'old_la_code', 'area_name', 'geographic_level', 'region_code', 'region_name', 'la_type', 'live',
    'date_of_operation', 'date_of_termination', 'former_codes', 'successors', 'predecessors', 'aliases',
  ].map((n) => t.dict(n));
  yield;
  const out: Area[] = [];
  for (let i = 0; i < t.numRows; i++) {
    out.push({
      code: dictAt(code, i) ?? '',
      laCode: dictAt(la, i),
      name: dictAt(name, i) ?? '',
      level: (dictAt(level, i) ?? 'Local authority') as GeoLevel,
      regionCode: dictAt(rc, i),
      regionName: dictAt(rn, i),
      laType: dictAt(type, i),
      live: dictAt(live, i) === 'live',
      from: dictAt(from, i),
      to: dictAt(to, i),
      formerCodes: unlist(dictAt(former, i)),
      successors: unlist(dictAt(succ, i)),
      predecessors: unlist(dictAt(pred, i)),
      aliases: unlist(dictAt(alias, i)),
    });
  }
  return out;
}


export function readNeighbours(bytes: Uint8Array): NeighbourLink[] {
  return finish(neighbourSteps(bytes));
}

/** `readNeighbours` in steps, as `readAreasAsync`. */
export function readNeighboursAsync(bytes: Uint8Array, pause: () => Promise<void>, budgetMs = 8): Promise<NeighbourLink[]> {
  return finishAsync(neighbourSteps(bytes), pause, budgetMs);
}

function* neighbourSteps(bytes: Uint8Array): Generator<void, NeighbourLink[]> {
  const t = yield* opened(bytes, 'neighbours', 'statistical-neighbour links');
  const model = t.dict('sn_model');
  const la = t.dict('old_la_code');
  const rank = t.f64('sn_rank');
  const nb = t.dict('sn_old_la_code');
  const close = t.dict('closeness');
  yield;
  const out: NeighbourLink[] = [];
  for (let i = 0; i < t.numRows; i++) {
    out.push({
      model: dictAt(model, i) ?? '',
      laCode: dictAt(la, i) ?? '',
      rank: numAt(rank, i) ?? 0,
      neighbour: dictAt(nb, i) ?? '',
      closeness: dictAt(close, i) ?? '',
    });
  }
  return out;
}

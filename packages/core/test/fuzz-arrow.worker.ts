// Runs the Arrow fuzz cases for fuzz-arrow.test.ts in a worker, so that a hang can be detected and stopped
// from the main thread. Writes the case in progress to shared memory; posts a summary at the end.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { ExtractError, ObservationsExtract, readAreas, readNeighbours } from '../src/index';
import { writeObservations } from '../src/write';

export interface FuzzInput { seed: number; cases: number; progress: SharedArrayBuffer }
export interface FuzzFailure { index: number; corpus: string; mutation: string; error: string }
export interface FuzzSummary {
  cases: number; loaded: number; rejected: Record<string, number>; otherErrors: number; failures: FuzzFailure[];
  slowest: { index: number; ms: number; corpus: string; mutation: string }; byMutation: Record<string, number>;
}

const DATA = resolve(import.meta.dirname, '../../sample-data/data');
const read = (f: string) => new Uint8Array(readFileSync(resolve(DATA, f)));

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'observations' | 'areas' | 'neighbours';
interface Seed { name: string; kind: Kind; bytes: Uint8Array; weight: number }

function corpus(): Seed[] {
  const ehcp = read('ehcp.arrow');
  const full = new ObservationsExtract(ehcp);
  // A small observations extract of real rows (ten areas), so most cases run fast and mutations hit metadata often.
  const codes = new Set(full.areaCodes('ehcp-20-weeks').slice(0, 10));
  const rows = Array.from({ length: full.rowCount }, (_, i) => full.row(i)).filter((o) => codes.has(o.areaCode));
  const small = writeObservations(rows, full.meta);
  const areas = read('areas.arrow');
  return [
    { name: 'ehcp.arrow', kind: 'observations', bytes: ehcp, weight: 2 },
    { name: 'ehcp subset (file)', kind: 'observations', bytes: small, weight: 4 },
    { name: 'ehcp subset (stream)', kind: 'observations', bytes: tableToIPC(tableFromIPC(small), 'stream'), weight: 1 },
    { name: 'areas.arrow', kind: 'areas', bytes: areas, weight: 2 },
    { name: 'neighbours.arrow', kind: 'neighbours', bytes: read('neighbours.arrow'), weight: 1 },
  ];
}

const EXTREMES = [0x7fffffff, -1, -0x80000000, 0x01000000, 0x00ffffff, 0, 8, 0xffff];

function mutate(src: Uint8Array, others: Seed[], rnd: () => number): { bytes: Uint8Array; mutation: string } {
  const n = src.length;
  const int = (k: number) => Math.floor(rnd() * k);
  // Half of positions land in the first or last 4 KB, where the schema, dictionaries' metadata and footer are.
  const pos = () => (rnd() < 0.5 ? int(n) : rnd() < 0.5 ? int(Math.min(n, 4096)) : n - 1 - int(Math.min(n, 4096)));
  const b = src.slice();
  switch (int(7)) {
    case 0: {
      const k = 1 + int(8);
      for (let i = 0; i < k; i++) b[pos()] = int(256);
      return { bytes: b, mutation: `set ${k} bytes` };
    }
    case 1: {
      const k = 1 + int(8);
      for (let i = 0; i < k; i++) { const p = pos(); b[p] ^= 1 << int(8); }
      return { bytes: b, mutation: `flip ${k} bits` };
    }
    case 2: {
      const at = int(n + 1);
      return { bytes: src.slice(0, at), mutation: `truncate to ${at}` };
    }
    case 3: {
      const at = pos();
      const extra = Uint8Array.from({ length: 1 + int(64) }, () => int(256));
      return { bytes: concat(src.subarray(0, at), extra, src.subarray(at)), mutation: `insert ${extra.length} at ${at}` };
    }
    case 4: {
      // Splice: a run of bytes from a real extract (this one or another) into this one, overwriting or inserting.
      const from = others[int(others.length)].bytes;
      const len = 1 + int(Math.min(512, from.length));
      const start = int(from.length - len + 1);
      const at = pos();
      const piece = from.subarray(start, start + len);
      if (rnd() < 0.5) {
        b.set(piece.subarray(0, Math.max(0, n - at)), at);
        return { bytes: b, mutation: `overwrite ${len} at ${at}` };
      }
      return { bytes: concat(src.subarray(0, at), piece, src.subarray(at)), mutation: `splice ${len} at ${at}` };
    }
    case 5: {
      // Lengths and offsets are int32/int64: write extreme values at aligned places.
      const k = 1 + int(4);
      const dv = new DataView(b.buffer);
      for (let i = 0; i < k; i++) dv.setInt32(Math.min(n - 4, pos()) & ~3, EXTREMES[int(EXTREMES.length)], true);
      return { bytes: b, mutation: `${k} extreme int32` };
    }
    default: {
      const at = pos();
      const len = 1 + int(256);
      return rnd() < 0.5
        ? { bytes: concat(src.subarray(0, at), src.subarray(Math.min(n, at + len))), mutation: `delete ${len} at ${at}` }
        : { bytes: concat(src.subarray(0, at + len), src.subarray(at)), mutation: `duplicate ${len} at ${at}` };
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** Load, then use what loaded the way the elements do, so lazily read damage surfaces too. */
function load(kind: Kind, bytes: Uint8Array): void {
  if (kind === 'areas') { readAreas(bytes); return; }
  if (kind === 'neighbours') { readNeighbours(bytes); return; }
  const x = new ObservationsExtract(bytes);
  for (let i = 0; i < x.rowCount; i++) x.row(i);
  for (const m of x.meta.indicators) {
    const periods = x.periods(m.id);
    const areas = x.areaCodes(m.id);
    for (const a of areas.slice(0, 5)) x.series(m.id, a);
    if (periods.length) x.cross(m.id, periods[periods.length - 1]);
  }
}

function run({ seed, cases, progress }: FuzzInput): FuzzSummary {
  const current = new Int32Array(progress);
  const seeds = corpus();
  const pick: Seed[] = seeds.flatMap((s) => Array<Seed>(s.weight).fill(s));
  const rnd = prng(seed);
  const summary: FuzzSummary = { cases: 0, loaded: 0, rejected: {}, otherErrors: 0, failures: [], slowest: { index: -1, ms: 0, corpus: '', mutation: '' }, byMutation: {} };
  for (let index = 0; index < cases; index++) {
    Atomics.store(current, 0, index);
    const s = pick[Math.floor(rnd() * pick.length)];
    const { bytes, mutation } = mutate(s.bytes, seeds, rnd);
    const op = mutation.replace(/-?\d+/g, '').trim().split(/\s+/)[0];
    summary.byMutation[op] = (summary.byMutation[op] ?? 0) + 1;
    const t0 = performance.now();
    try {
      load(s.kind, bytes);
      summary.loaded++;
    } catch (e) {
      if (e instanceof ExtractError) summary.rejected[e.code] = (summary.rejected[e.code] ?? 0) + 1;
      else {
        summary.otherErrors++;
        if (summary.failures.length < 20) summary.failures.push({ index, corpus: s.name, mutation, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    }
    const ms = performance.now() - t0;
    if (ms > summary.slowest.ms) summary.slowest = { index, ms, corpus: s.name, mutation };
    summary.cases++;
  }
  return summary;
}

parentPort?.postMessage(run(workerData as FuzzInput));

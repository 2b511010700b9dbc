import {
  Dictionary, Float64, Int8, Int16, Int32, RecordBatch, Schema, Table, Utf8,
  tableFromIPC, tableToIPC, vectorFromArray, type Vector,
} from 'apache-arrow';
import { ExtractError } from './errors';
import { verifyIpc } from './ipc-verify';

export type ColumnKind = 'dict' | 'f64' | 'i32';

export type ColumnInput =
  | { name: string; kind: 'dict'; values: readonly (string | null)[] }
  | { name: string; kind: 'f64' | 'i32'; values: readonly (number | null)[] };

/** A dictionary-encoded string column as flat keys (-1 = null) into `dict`. */
export interface DictColumn {
  keys: Int32Array;
  dict: string[];
}

/** Encode columns as an Arrow IPC file. The same input always gives the same bytes. */
export function encodeTable(columns: readonly ColumnInput[], metadata: Record<string, string>): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const [i, c] of columns.entries()) {
    // An explicit dictionary id: Arrow's default comes from a process-wide counter, so bytes would depend on what was encoded before.
    const type = c.kind === 'dict' ? new Dictionary(new Utf8(), keyType(new Set(c.values).size), i) : c.kind === 'f64' ? new Float64() : new Int32();
    vectors[c.name] = vectorFromArray(c.values as unknown[], type as never);
  }
  const base = new Table(vectors);
  const schema = new Schema(base.schema.fields, new Map(Object.entries(metadata).sort(([a], [b]) => (a < b ? -1 : 1))));
  const table = new Table(schema, base.batches.map((b) => new RecordBatch(schema, b.data)));
  return tableToIPC(table, 'file');
}

/** The narrowest signed index type for a dictionary of this size: extracts stay small. */
function keyType(size: number) {
  return size < 128 ? new Int8() : size < 32768 ? new Int16() : new Int32();
}

/** Any failure while reading corrupt bytes, whatever apache-arrow threw, becomes an ExtractError. */
function guard<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError('not-arrow', `Not a readable Arrow file: ${what} is damaged (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/** Columnar access to a decoded Arrow table: typed arrays, no per-row objects. */
export class DecodedTable {
  readonly numRows: number;
  readonly metadata: ReadonlyMap<string, string>;
  private readonly table: Table;

  constructor(bytes: Uint8Array) {
    verifyIpc(bytes);
    const table = guard('its structure', () => tableFromIPC(bytes));
    if (!table.schema || table.schema.fields.length === 0) throw new ExtractError('not-arrow', 'Not an Arrow file: it has no columns.');
    // Corrupt lengths can claim billions of rows; every row of an extract takes at least a byte, so more rows
    // than bytes means damage, and refusing here keeps the typed arrays below from huge allocations.
    const rows = guard('its row count', () => table.numRows);
    if (!Number.isSafeInteger(rows) || rows < 0 || rows > bytes.byteLength) {
      throw new ExtractError('not-arrow', `Not a readable Arrow file: it claims ${rows} rows in ${bytes.byteLength} bytes.`);
    }
    this.table = table;
    this.numRows = rows;
    this.metadata = guard('its metadata', () => new Map(table.schema.metadata));
  }

  has(name: string): boolean {
    return this.table.schema.fields.some((f) => f.name === name);
  }

  private column(name: string): Vector {
    const v = guard(`column "${name}"`, () => this.table.getChild(name));
    if (!v) throw new ExtractError('missing-column', `The extract has no "${name}" column.`);
    return v;
  }

  dict(name: string): DictColumn {
    const v = this.column(name);
    if (!(v.type instanceof Dictionary) && !(v.type instanceof Utf8)) {
      throw new ExtractError('wrong-type', `Column "${name}" should hold text, not ${String(v.type)}.`);
    }
    return guard(`column "${name}"`, () => {
      const keys = new Int32Array(this.numRows);
      const dict: string[] = [];
      const index = new Map<string, number>();
      const intern = (s: string) => {
        let k = index.get(s);
        if (k === undefined) { k = dict.length; dict.push(s); index.set(s, k); }
        return k;
      };
      let row = 0;
      for (const chunk of v.data) {
        const n = checkChunk(name, chunk as Chunk, row, this.numRows);
        if (v.type instanceof Dictionary) {
          const local = dictionaryValues(name, chunk.dictionary);
          const remap = Int32Array.from(local, (s) => (s == null ? -1 : intern(String(s))));
          const raw = chunk.values as ArrayLike<number>;
          for (let i = 0; i < n; i++) {
            const k = validAt(chunk, i) ? raw[chunk.offset + i] : -1;
            keys[row + i] = k >= 0 && k < remap.length ? remap[k] : -1;
          }
        } else {
          for (let i = 0; i < n; i++) {
            const s = validAt(chunk, i) ? (v.get(row + i) as string | null) : null;
            keys[row + i] = s == null ? -1 : intern(String(s));
          }
        }
        row += n;
      }
      return { keys, dict };
    });
  }

  /** Numbers, with NaN where null. A stored NaN or infinity reads as Infinity, so it stays distinct from a null. */
  f64(name: string): Float64Array {
    const v = this.column(name);
    const t = String(v.type);
    if (!/^(Float|Int|Uint)/.test(t)) throw new ExtractError('wrong-type', `Column "${name}" should hold numbers, not ${t}.`);
    return guard(`column "${name}"`, () => {
      const out = new Float64Array(this.numRows);
      let row = 0;
      for (const chunk of v.data) {
        const n = checkChunk(name, chunk as Chunk, row, this.numRows);
        const raw = chunk.values as ArrayLike<number | bigint>;
        for (let i = 0; i < n; i++) {
          if (!validAt(chunk, i)) { out[row + i] = NaN; continue; }
          const x = Number(raw[chunk.offset + i]);
          out[row + i] = Number.isFinite(x) ? x : Infinity;
        }
        row += n;
      }
      return out;
    });
  }
}

interface Chunk {
  length: number;
  offset: number;
  stride?: number;
  values?: ArrayLike<unknown>;
  valueOffsets?: ArrayLike<unknown>;
  nullCount: number;
  nullBitmap?: Uint8Array;
}

/** A chunk's length, once its buffers are known to hold it: corrupt lengths must not read past them or loop for long. */
function checkChunk(name: string, chunk: Chunk, row: number, total: number): number {
  const n = chunk.length;
  if (!Number.isSafeInteger(n) || n < 0 || row + n > total || !intact(chunk)) {
    throw new ExtractError('not-arrow', `Column "${name}" is damaged: its data is shorter than its length.`);
  }
  return n;
}

function intact(c: Chunk): boolean {
  const end = c.offset + c.length;
  if (!Number.isSafeInteger(end) || c.offset < 0) return false;
  if (c.valueOffsets) {
    if (c.length > 0 && c.valueOffsets.length < end + 1) return false;
  } else if (c.values && c.values.length < end * (c.stride ?? 1)) return false;
  return !(c.nullCount > 0 && c.nullBitmap && c.nullBitmap.length > 0 && c.nullBitmap.length * 8 < end);
}

/** A dictionary's values, checked first: toArray() loops over a length that corrupt bytes can make enormous. */
function dictionaryValues(name: string, d: Vector | undefined): unknown[] {
  if (!d) return [];
  if (!d.data.every((c) => intact(c as Chunk))) throw new ExtractError('not-arrow', `Column "${name}" is damaged: its dictionary is shorter than its length.`);
  return Array.from(d.toArray() as ArrayLike<unknown>);
}

function validAt(chunk: { nullCount: number; nullBitmap?: Uint8Array; offset: number }, i: number): boolean {
  if (!chunk.nullCount || !chunk.nullBitmap || chunk.nullBitmap.length === 0) return true;
  const j = chunk.offset + i;
  return ((chunk.nullBitmap[j >> 3] >> (j & 7)) & 1) === 1;
}

/** Turn a dictionary column back into a string (or null) at row i. */
export function dictAt(col: DictColumn, i: number): string | null {
  const k = col.keys[i];
  return k < 0 ? null : col.dict[k];
}

/** A finite number, or null for a null or a stored NaN/infinity (use the raw column to tell those apart). */
export function numAt(col: Float64Array, i: number): number | null {
  const v = col[i];
  return Number.isFinite(v) ? v : null;
}

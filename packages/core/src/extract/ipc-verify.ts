import { ExtractError } from './errors';
import { LIMITS, overLimit } from './limits';

/**
 * Bounds checks on an Arrow IPC file or stream before apache-arrow reads it, as Arrow C++ runs the flatbuffers
 * verifier. apache-arrow trusts every length it reads: a corrupt vector length makes it loop billions of times,
 * and a file whose footer points a record batch at another kind of message makes its reader loop forever.
 * This walks the metadata (not the data buffers) and fails on anything out of bounds.
 */

const HEADER = { schema: 1, dictionaryBatch: 2, recordBatch: 3 } as const;
const UNION_TYPE = 14;
const MAX_DEPTH = 32;
const MAGIC = 'ARROW1';

const bad = (why: string) => new ExtractError('not-arrow', `Not a readable Arrow file: ${why}.`);

/** One flatbuffer (one message's metadata, or the footer), read with every offset checked. */
class Flatbuffer {
  private readonly dv: DataView;
  private budget: number;
  constructor(private readonly buf: Uint8Array, readonly limit: number) {
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    // Shared tables could make a walk revisit the same bytes exponentially often: cap the work by size.
    this.budget = 64 + buf.byteLength;
  }

  private need(pos: number, n: number): void {
    if (!Number.isInteger(pos) || pos < 0 || pos + n > this.buf.byteLength) throw bad('its metadata points outside itself');
  }

  u8(pos: number): number { this.need(pos, 1); return this.dv.getUint8(pos); }
  u16(pos: number): number { this.need(pos, 2); return this.dv.getUint16(pos, true); }
  i32(pos: number): number { this.need(pos, 4); return this.dv.getInt32(pos, true); }
  i64(pos: number): bigint { this.need(pos, 8); return this.dv.getBigInt64(pos, true); }

  root(): number {
    return this.table(this.i32(0) >>> 0);
  }

  /** Checks a table and its vtable; returns the table position. */
  table(pos: number): number {
    if (--this.budget < 0) throw bad('its metadata is too complex');
    const vt = pos - this.i32(pos);
    const vtLen = this.u16(vt);
    const objLen = this.u16(vt + 2);
    if (vtLen < 4 || vtLen % 2) throw bad('its metadata has a damaged table');
    this.need(vt, vtLen);
    this.need(pos, Math.max(4, objLen));
    for (let s = 4; s < vtLen; s += 2) if (this.u16(vt + s) >= Math.max(objLen, 1)) throw bad('its metadata has a field outside its table');
    return pos;
  }

  /** Byte offset of field `slot` in the table, or 0 when absent. */
  field(t: number, slot: number): number {
    const vt = t - this.i32(t);
    const at = 4 + 2 * slot;
    return at < this.u16(vt) ? this.u16(vt + at) : 0;
  }

  scalarU8(t: number, slot: number): number {
    const o = this.field(t, slot);
    return o ? this.u8(t + o) : 0;
  }

  scalarI64(t: number, slot: number): bigint {
    const o = this.field(t, slot);
    return o ? this.i64(t + o) : 0n;
  }

  private target(t: number, slot: number): number | null {
    const o = this.field(t, slot);
    if (!o) return null;
    const p = t + o;
    return p + (this.i32(p) >>> 0);
  }

  child(t: number, slot: number): number | null {
    const p = this.target(t, slot);
    return p === null ? null : this.table(p);
  }

  /** A vector's element count and start, checked to fit. */
  vector(t: number, slot: number, size: number): { start: number; n: number } {
    const p = this.target(t, slot);
    if (p === null) return { start: 0, n: 0 };
    const n = this.i32(p) >>> 0;
    this.need(p + 4, n * size);
    this.budget -= n;
    return { start: p + 4, n };
  }

  tables(t: number, slot: number, each: (table: number) => void): void {
    const { start, n } = this.vector(t, slot, 4);
    for (let i = 0; i < n; i++) {
      const p = start + 4 * i;
      each(this.table(p + (this.i32(p) >>> 0)));
    }
  }

  /** A string's byte length, checked to fit. */
  string(t: number, slot: number): number {
    return this.vector(t, slot, 1).n;
  }

  /** A count (rows, nulls, bytes) that must be between 0 and `limit`. */
  count(v: bigint, what: string): void {
    if (v < 0n || v > BigInt(this.limit)) throw bad(`it claims ${v} ${what}`);
  }
}

function keyValues(fb: Flatbuffer, t: number, slot: number): void {
  fb.tables(t, slot, (kv) => {
    // A metadata value (the indicator list, a title) is decoded and parsed whole: bound it before anything reads it.
    const n = Math.max(fb.string(kv, 0), fb.string(kv, 1));
    if (n > LIMITS.metadataBytes) throw overLimit('bytes in one metadata value', n, 'metadataBytes');
  });
}

function field(fb: Flatbuffer, f: number, depth: number): void {
  if (depth > MAX_DEPTH) throw bad('its columns are nested too deeply');
  fb.string(f, 0);
  const typeType = fb.scalarU8(f, 2);
  const type = fb.child(f, 3);
  if (type !== null && typeType === UNION_TYPE) fb.vector(type, 1, 4);
  const dict = fb.child(f, 4);
  if (dict !== null) fb.child(dict, 1);
  fb.tables(f, 5, (c) => field(fb, c, depth + 1));
  keyValues(fb, f, 6);
}

function schema(fb: Flatbuffer, s: number): void {
  fb.tables(s, 1, (f) => field(fb, f, 0));
  keyValues(fb, s, 2);
  fb.vector(s, 3, 8);
}

function recordBatch(fb: Flatbuffer, r: number, dictionary = false): void {
  const rows = fb.scalarI64(r, 0);
  fb.count(rows, 'rows');
  // The reader decodes a dictionary's text whole, in one go, as it opens the file: bound it here, before that.
  if (dictionary && rows > BigInt(LIMITS.dictionary)) throw overLimit('different values in one column', Number(rows), 'dictionary');
  if (!dictionary && rows > BigInt(LIMITS.rows)) throw overLimit('rows', Number(rows), 'rows');
  let bytes = 0n;
  const nodes = fb.vector(r, 1, 16);
  for (let i = 0; i < nodes.n; i++) {
    fb.count(fb.i64(nodes.start + 16 * i), 'values in a column');
    fb.count(fb.i64(nodes.start + 16 * i + 8), 'nulls in a column');
  }
  const buffers = fb.vector(r, 2, 16);
  for (let i = 0; i < buffers.n; i++) {
    fb.count(fb.i64(buffers.start + 16 * i), 'as a buffer offset');
    const n = fb.i64(buffers.start + 16 * i + 8);
    fb.count(n, 'bytes in a buffer');
    bytes += n;
  }
  // Each value at most LIMITS.shortText characters, of at most 4 bytes each, plus its offset.
  const most = (rows + 1n) * BigInt(4 * LIMITS.shortText + 8);
  if (dictionary && bytes > most) throw overLimit(`bytes of text in one column (${rows} different values)`, Number(bytes), Number(most));
  fb.child(r, 3);
  fb.vector(r, 4, 8);
}

/** Checks one message's metadata; returns its kind and body length. */
function message(meta: Uint8Array, limit: number): { kind: number; body: number } {
  const fb = new Flatbuffer(meta, limit);
  const m = fb.root();
  const kind = fb.scalarU8(m, 1);
  const header = fb.child(m, 2);
  if (header === null) throw bad('a message has no header');
  if (kind === HEADER.schema) schema(fb, header);
  else if (kind === HEADER.recordBatch) recordBatch(fb, header);
  else if (kind === HEADER.dictionaryBatch) {
    const data = fb.child(header, 1);
    if (data === null) throw bad('a dictionary has no data');
    recordBatch(fb, data, true);
  } else throw bad(`it holds a message of unsupported kind ${kind}`);
  keyValues(fb, m, 4);
  const body = fb.scalarI64(m, 3);
  fb.count(body, 'bytes in a message body');
  return { kind, body: Number(body) };
}

/** The encapsulated message at `pos`: where its metadata starts and ends. */
function framing(bytes: Uint8Array, pos: number, end: number): { start: number; length: number } | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (pos + 4 > end) return null;
  let length = dv.getInt32(pos, true);
  let start = pos + 4;
  if (length === -1) {
    if (start + 4 > end) return null;
    length = dv.getInt32(start, true);
    start += 4;
  }
  if (length === 0) return null; // end of stream
  if (length < 0 || start + length > end) throw bad('a message runs past the end of the file');
  return { start, length };
}

function hasMagic(bytes: Uint8Array, at: number): boolean {
  return at >= 0 && bytes.length >= at + 6 && [...MAGIC].every((c, i) => bytes[at + i] === c.charCodeAt(0));
}

/** Throws ExtractError('not-arrow') unless every message and the footer are within bounds. */
export function verifyIpc(bytes: Uint8Array): void {
  const limit = bytes.byteLength;
  if (!hasMagic(bytes, 0)) {
    verifyStream(bytes, 0, bytes.length, limit);
    return;
  }
  if (bytes.length < 18 || !hasMagic(bytes, bytes.length - 6)) {
    throw new ExtractError('not-arrow', 'The file is cut short: an Arrow file ends with the same marker it starts with, and this one does not.');
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const footerLength = dv.getInt32(bytes.length - 10, true);
  const footerStart = bytes.length - 10 - footerLength;
  if (footerLength <= 0 || footerStart < 8) throw bad('its footer is damaged');
  const fb = new Flatbuffer(bytes.subarray(footerStart, bytes.length - 10), limit);
  const footer = fb.root();
  const s = fb.child(footer, 1);
  if (s === null) throw bad('its footer has no schema');
  schema(fb, s);
  keyValues(fb, footer, 4);
  const blocks = (slot: number, kind: number) => {
    const { start, n } = fb.vector(footer, slot, 24);
    for (let i = 0; i < n; i++) {
      const at = start + 24 * i;
      const offset = fb.i64(at);
      if (offset < 8n || offset >= BigInt(footerStart)) throw bad('its footer points outside the file');
      const f = framing(bytes, Number(offset), footerStart);
      if (!f) throw bad('its footer points at an empty message');
      const m = message(bytes.subarray(f.start, f.start + f.length), limit);
      if (m.kind !== kind) throw bad('its footer points at the wrong kind of message');
      if (f.start + f.length + m.body > footerStart) throw bad('a message body runs past the end of the data');
    }
  };
  blocks(2, HEADER.dictionaryBatch);
  blocks(3, HEADER.recordBatch);
}

function verifyStream(bytes: Uint8Array, pos: number, end: number, limit: number): void {
  let first = true;
  for (;;) {
    const f = framing(bytes, pos, end);
    if (!f) return;
    const m = message(bytes.subarray(f.start, f.start + f.length), limit);
    if (first && m.kind !== HEADER.schema) throw bad('it does not start with a schema');
    first = false;
    pos = f.start + f.length + m.body;
    if (pos > end) throw bad('a message body runs past the end of the data');
  }
}

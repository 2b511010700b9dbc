/** Why a cell has no value. Canonical codes follow the GSS/EES symbol convention. */
export type Status = 'c' | 'x' | 'z' | 'low' | 'u';

export const STATUSES: readonly Status[] = ['c', 'x', 'z', 'low', 'u'];

export const STATUS_REASON: Record<Status, string> = {
  c: 'suppressed',
  x: 'not available',
  z: 'not applicable',
  low: 'rounds to zero',
  u: 'low reliability',
};

export const STATUS_KEY: Record<Status, string> = {
  c: 'Suppressed to protect confidentiality (small numbers).',
  x: 'Not available: not collected, not published or not yet released.',
  z: 'Not applicable.',
  low: 'A positive value that rounds to zero.',
  u: 'Low reliability.',
};

/**
 * Every no-value symbol met in DfE files, mapped to a canonical status.
 * `.` (old EES), `-` (LAIT), `NULL`, `NA` and blank carry no finer reason than "not available".
 */
const SYMBOLS: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['c', 'c'], ['x', 'x'], ['z', 'z'], ['low', 'low'], ['u', 'u'],
  ['.', 'x'], ['-', 'x'], ['..', 'x'], [':', 'x'], ['null', 'x'], ['na', 'x'], ['', 'x'],
]);

export type Cell = { value: number; status: null } | { value: null; status: Status };

/** Parse one raw cell. Returns undefined for text that is neither a number nor a known symbol. */
export function parseCell(raw: string | null | undefined): Cell | undefined {
  const text = (raw ?? '').trim();
  const status = SYMBOLS.get(text.toLowerCase());
  if (status) return { value: null, status };
  // Decimal notation only (optionally with thousands separators): Number() alone would also read "0x10" or "1,2,3".
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return { value: n, status: null };
}

export function isStatus(s: unknown): s is Status {
  return typeof s === 'string' && (STATUSES as readonly string[]).includes(s);
}

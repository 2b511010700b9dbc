/**
 * Checks of the attributes every element shares. A bad value is the element's error, never a silent default:
 * `max-bytes="abc"` must not switch the size cap off, nor `heading-level="2.5"` give an invalid aria-level.
 */
export interface SharedAttributes {
  headingLevel?: unknown;
  timeout?: unknown;
  maxBytes?: unknown;
  referrerPolicy?: unknown;
}

export const REFERRER_POLICIES = [
  'no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin',
  'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url',
] as const;

/** The most an element may be told to wait, and the largest file it may be told to accept. */
export const MAX_TIMEOUT_MS = 10 * 60 * 1000;
export const MAX_BYTES_LIMIT = 200 * 1024 * 1024;

const whole = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/**
 * The first problem with the shared attributes, as a sentence naming the attribute, or null when all are valid.
 * `maxHeadingLevel` is 5 for an element whose charts take the next level down (the dashboard).
 */
export function attributeProblem(a: SharedAttributes, { maxHeadingLevel = 6 } = {}): string | null {
  if (a.headingLevel !== undefined && !whole(a.headingLevel, 1, maxHeadingLevel)) {
    return `heading-level must be a whole number from 1 to ${maxHeadingLevel}, not "${String(a.headingLevel).slice(0, 20)}".`;
  }
  if (a.timeout !== undefined && !whole(a.timeout, 1, MAX_TIMEOUT_MS)) {
    return `timeout must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, not "${String(a.timeout).slice(0, 20)}".`;
  }
  if (a.maxBytes !== undefined && !whole(a.maxBytes, 1, MAX_BYTES_LIMIT)) {
    return `max-bytes must be a whole number of bytes from 1 to ${MAX_BYTES_LIMIT}, not "${String(a.maxBytes).slice(0, 20)}".`;
  }
  if (a.referrerPolicy !== undefined && a.referrerPolicy !== '' && !(REFERRER_POLICIES as readonly unknown[]).includes(a.referrerPolicy)) {
    return `referrer-policy must be one of ${REFERRER_POLICIES.join(', ')}, not "${String(a.referrerPolicy).slice(0, 40)}".`;
  }
  return null;
}

/**
 * Whether the elements fetch from `url`: https: anywhere, the page's own origin (http:, blob:), or a loopback
 * address, which browsers also treat as potentially trustworthy (so a developer's local server works). Plain http:
 * elsewhere, data: and other schemes are refused.
 */
export function isFetchableUrl(url: string, pageOrigin: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return true;
  if (u.origin !== 'null' && u.origin === pageOrigin) return true;
  return u.protocol === 'http:' && /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(u.hostname);
}

/**
 * A text attribute as a property holds it, as text: frameworks (React 19, Vue) set properties, so `area={886}` or
 * `period={2023}` arrive as numbers, and a removed attribute arrives as null (no value, as an empty attribute).
 * `src` may also be a list of URLs. Anything else stays as it is, for `textAttributeProblem` to name.
 */
export function asText(name: string, v: unknown): unknown {
  if (v == null) return '';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (name === 'src' && Array.isArray(v) && v.every((u) => typeof u === 'string')) return v.join(' ');
  return v;
}

/** The first text attribute (by property name) that is not text, as a sentence naming the attribute; or null. */
export function textAttributeProblem(a: Record<string, unknown>): string | null {
  for (const [name, v] of Object.entries(a)) {
    if (typeof v === 'string') continue;
    const attr = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const kind = Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : typeof v === 'number' ? `the number ${String(v)}` : `a ${typeof v}`;
    const what = name === 'area' ? 'a name, ONS code or 3-digit LA number' : name === 'src' ? 'one or more URLs' : 'text';
    return `${attr} must be ${what}, not ${kind}.`;
  }
  return null;
}

import { resolve } from 'node:path';
import { main } from '../src/main';

export const DATA = resolve(import.meta.dirname, '../../../../shared/data/real');
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');

export interface Run { code: number; out: string; err: string; ms: number }

/** The CLI in-process, with the environment it would see (no INCLUSION_DATA unless given). */
export async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const t = performance.now();
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) }, env);
  return { code, out, err, ms: performance.now() - t };
}

/** Output that reached a terminal must hold no control character other than newline (and CR before it), and no bidi control. */
export const UNSAFE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** A failure is one clear line of text (or a few, for listed problems), never a stack trace. */
export function assertNoStack(s: string): void {
  if (/\n\s+at .+\(.*:\d+:\d+\)|\bat (file|node):|Error: .*\n\s+at /.test(s)) throw new Error(`stack trace in output:\n${s}`);
}

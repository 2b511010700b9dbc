import { nearest } from '@inclusion-dashboard/core';
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON: Options = {
  extract: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** Options that each take one string value: `--indicator ID`. */
export function stringOptions<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((n) => [n, { type: 'string' }])) as Record<K, { type: 'string' }>;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * node:util parseArgs, strict, with two additions: an unknown option names the nearest valid one, and
 * `--extract a.arrow b.arrow` takes every path up to the next option (as the shell expands `--extract data/*.arrow`).
 */
export function parseCommand(command: string, argv: string[], options: Options, positionalsAllowed = false): Parsed {
  const all = { ...COMMON, ...options };
  // A first pass that never throws, to find unknown options and the paths after --extract.
  const loose = parseArgs({ args: argv, options: all, strict: false, allowPositionals: true, tokens: true });
  const known = Object.keys(all);
  const tokens = loose.tokens ?? [];
  for (const t of tokens) {
    if (t.kind === 'option' && !known.includes(t.name)) {
      const near = nearest(t.name, known, 1)[0];
      throw usageError(`Unknown option ${t.rawName} for "${command}".${near ? ` Did you mean --${near}?` : ''}`, { choices: known.map((k) => `--${k}`) });
    }
  }
  // The extra paths after --extract's value come out of argv; the rest is parsed strictly.
  const extra = tokens.filter((t) => t.kind === 'positional' && isExtraAt(tokens, t.index));
  const extraIdx = new Set(extra.map((t) => t.index));
  const extras = extra.map((t) => (t.kind === 'positional' ? t.value : ''));
  const keep = argv.filter((_, i) => !extraIdx.has(i));
  let parsed;
  try {
    parsed = parseArgs({ args: keep, options: all, strict: true, allowPositionals: positionalsAllowed });
  } catch (e) {
    throw usageError(readableParseError(e, command));
  }
  const values = { ...parsed.values } as Parsed['values'];
  if (extras.length) values.extract = [...((values.extract as string[] | undefined) ?? []), ...extras];
  return { values, positionals: parsed.positionals };
}

/** A word after --extract's value is another data path if it names one: `indicators --extract data absence` searches. */
function looksLikeData(word: string): boolean {
  return !word.startsWith('-') && (/\.(arrow|json)$/i.test(word) || existsSync(word));
}

/** Whether the positional token at `index` follows --extract's value (directly or after other such paths). */
function isExtraAt(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, index: number): boolean {
  const at = tokens.findIndex((t) => t.index === index);
  const self = tokens[at];
  if (self?.kind !== 'positional' || !looksLikeData(self.value)) return false;
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind === 'positional') {
      if (!looksLikeData(t.value)) return false;
      continue;
    }
    return t.kind === 'option' && t.name === 'extract' && t.value !== undefined;
  }
  return false;
}

function readableParseError(e: unknown, command: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const m = /Option '(-\w, )?(--[\w-]+)/.exec(msg);
    return `Option ${m?.[2] ?? ''} needs a value.`.replace('  ', ' ');
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const m = /'([^']*)'/.exec(msg);
    return `Unexpected argument "${m?.[1] ?? ''}" for "${command}": values follow an option, e.g. --area "${m?.[1] ?? ''}".`;
  }
  return msg.split('\n')[0];
}

export const str = (v: Parsed['values'][string]): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) ? v.at(-1) : undefined);
export const list = (v: Parsed['values'][string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

// The spine's marks for rows each at its own period: "2024/25 [p]" and "[r]", and the note that says what they mean.
// Apart from qualifiers.ts (one sentence for a figure's periods), which every benchmark element loads: the tile's
// chunks stay as they are (npm run size).
import type { IndicatorMeta } from '../indicators';
import { periodLabel } from '../periods';
import { capitalise, joinList } from '../format';

const SAID = ['provisional', 'revised'] as const;

/** A period's qualifier where it needs saying (provisional or revised), or null. */
export function periodQualifier(meta: IndicatorMeta, period: string): (typeof SAID)[number] | null {
  const q = meta.qualifiers?.[period];
  return q === 'provisional' || q === 'revised' ? q : null;
}

/** The short marks for a row at its own period (the spine), as the GSS guidance on symbols in tables has them. */
export const QUALIFIER_MARK = { provisional: '[p]', revised: '[r]' } as const;

/** "2024/25 [p]": a period's label with its mark, where each row has its own period. */
export function markedPeriod(meta: IndicatorMeta, period: string): string {
  const q = periodQualifier(meta, period);
  return q ? `${periodLabel(period)} ${QUALIFIER_MARK[q]}` : periodLabel(period);
}

/**
 * One sentence for rows each at its own period (the spine): which rows are marked and what the marks mean, or null
 * when none is provisional or revised.
 */
export function rowsQualifierNote(rows: readonly { indicator: IndicatorMeta; period: string }[]): string | null {
  const parts = SAID.map((kind) => {
    const marked = rows.filter((r) => periodQualifier(r.indicator, r.period) === kind);
    if (!marked.length) return null;
    const tail = kind === 'provisional' ? ', and can be revised later' : '';
    return `figures marked ${QUALIFIER_MARK[kind]} are ${kind} as published${tail}: ${joinList(marked.map((r) => `${r.indicator.label} (${periodLabel(r.period)})`))}`;
  }).filter((x): x is string => x !== null);
  if (!parts.length) return null;
  const s = parts.join('; ');
  return `${capitalise(s)}.`;
}

/** The chart key's entries for the marks its rows use: `[p]` "Provisional figure", `[r]` "Revised figure". */
export function qualifierKey(rows: readonly { indicator: IndicatorMeta; period: string }[]): { mark: string; text: string }[] {
  const used = new Set(rows.map((r) => periodQualifier(r.indicator, r.period)));
  return SAID.filter((kind) => used.has(kind)).map((kind) => ({ mark: QUALIFIER_MARK[kind], text: `${capitalise(kind)} figure` }));
}

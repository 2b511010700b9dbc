// "Provisional and revised figures say so": the sentence for the periods a figure, chart or table shows that its
// publisher marks provisional or revised (IndicatorMeta.qualifiers: LAIT's "(prov)" and "(Rev)" year labels, a
// provisional EES release, in-year attendance). Final and outturn labels are kept in the metadata but need no warning.
import type { IndicatorMeta } from '../indicators';
import { comparePeriods, periodLabel } from '../periods';
import { joinList } from '../format';

const SAID = ['provisional', 'revised'] as const;

/** Runs of three or more consecutive shown periods read "2011/12 to 2020/21"; shorter ones are listed. */
function runs(shown: readonly string[], marked: (p: string) => boolean): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(`${periodLabel(run[0])} to ${periodLabel(run.at(-1)!)}`);
    else out.push(...run.map(periodLabel));
    run = [];
  };
  for (const p of shown) {
    if (marked(p)) run.push(p);
    else flush();
  }
  flush();
  return out;
}

/** One sentence for the periods shown, or null when none of them is provisional or revised. */
export function qualifierNote(meta: IndicatorMeta, periods: readonly string[]): string | null {
  const q = meta.qualifiers;
  if (!q) return null;
  const shown = [...new Set(periods)].sort(comparePeriods);
  const parts = SAID.map((kind) => ({ kind, n: shown.filter((p) => q[p] === kind).length, list: runs(shown, (p) => q[p] === kind) })).filter((x) => x.n);
  if (!parts.length) return null;
  const who = meta.lait ? 'LAIT marks' : 'DfE published';
  const phrase = (x: { kind: string; n: number; list: string[] }) => `the ${joinList(x.list)} figure${x.n > 1 ? 's' : ''} as ${x.kind}`;
  return `${who} ${joinList(parts.map(phrase))}.${parts.some((x) => x.kind === 'provisional') ? ' Provisional figures can be revised later.' : ''}`;
}


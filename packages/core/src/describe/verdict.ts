import type { Comparison, Verdict } from '../stats/compare';

const LABEL: Record<Comparison, string> = {
  better: 'Better than England',
  similar: 'Similar to England',
  worse: 'Worse than England',
  higher: 'Higher than England',
  lower: 'Lower than England',
  'not compared': 'Not compared with England',
};

/** The verdict in a few words: "Worse than England", "Not compared with England (counts not published)". */
export function verdictLabel(v: Verdict): string {
  return v.reason ? `${LABEL[v.comparison]} (${v.reason})` : LABEL[v.comparison];
}

/**
 * The verdict in plain words (a reading age of 9), with how it was reached: the 95% interval test in the notes is
 * "is the gap bigger than chance would explain?".
 */
export function verdictSentence(v: Verdict): string {
  if (v.comparison === 'not compared') return `${LABEL[v.comparison]}${v.reason ? `: ${plainReason(v.reason)}` : ''}.`;
  return v.comparison === 'similar'
    ? `${LABEL[v.comparison]}: the gap is small enough to be chance.`
    : `${LABEL[v.comparison]}: the gap is too big to be chance.`;
}

/** Why a figure is not compared, in the plainer words the summaries use; tables and labels keep the exact reason. */
export function plainReason(reason: string): string {
  return reason === 'not a proportion, so no confidence interval' ? 'not a share of pupils' : reason;
}

/** The rule, for a chart's notes. */
export const VERDICT_RULE =
  'Better, similar or worse than England: by the 95% confidence interval from the published counts, against England\'s figure ' +
  '(similar when the interval holds it). Where the counts are not published, or the figure is a rate of events, it is not compared.';

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

/** The verdict as a sentence, with how it was reached. */
export function verdictSentence(v: Verdict): string {
  if (v.comparison === 'not compared') return `${LABEL[v.comparison]}${v.reason ? `: ${v.reason}` : ''}.`;
  const within = v.comparison === 'similar' ? 'within' : 'outside';
  return `${LABEL[v.comparison]}: England's figure is ${within} the 95% confidence interval.`;
}

/** The rule, for a chart's notes. */
export const VERDICT_RULE =
  'Better, similar or worse than England: by the 95% confidence interval from the published counts, against England\'s figure ' +
  '(similar when the interval holds it). Where the counts are not published, or the figure is a rate of events, it is not compared.';

import { THEME_LABEL, makeTable, periodLabel, textCell } from '@inclusion-dashboard/core';
import { list, str, stringOptions, type Parsed } from '../args';
import type { IndicatorInfo } from '../data';
import { noAnswer } from '../errors';
import type { Result } from '../output';
import { findIndicator, openData, type Context } from './common';

export const options = stringOptions('search', 'theme', 'topic', 'indicator');

export const help = `Usage: inclusion-dashboard indicators [WORDS…] [--theme T] [--topic T] [--json|--csv]
       inclusion-dashboard indicators --indicator ID [--json]

Lists the indicators, with unit, polarity, coverage (LA or England only), breakdowns, periods and LAIT codes.
With --indicator, describes one in full: its definition, source, breakdowns, periods, series breaks and notes.

  WORDS / --search T  only indicators whose id, label, theme, topic or LAIT code contain every word
  --theme T           a theme id or label (attendance, exclusions, ap, ehcp, context …)
  --topic T           a topic, where the catalogue gives one
  --indicator ID      one indicator in full (an id or a LAIT measure code)
  --extract PATH…     a catalogue.json, a folder, or extract files (default: INCLUSION_DATA, else the bundled data)
  --json / --csv      JSON / the list as CSV

Examples: inclusion-dashboard indicators absence secondary
          inclusion-dashboard indicators --indicator SEN_EHC_All_20wks
`;

export function run(values: Parsed['values'], ctx: Context, positionals: string[]): Result {
  const ds = openData(values, ctx);
  if (str(values.indicator) !== undefined) return describe(ds, str(values.indicator)!);
  const themes = new Map([...Object.entries(THEME_LABEL), ...ds.themeLabels()]);
  const words = [...positionals, ...list(values.search)].flatMap((w) => w.toLowerCase().split(/\s+/)).filter(Boolean);
  const theme = str(values.theme)?.toLowerCase();
  const topic = str(values.topic)?.toLowerCase();
  const all = ds.list();
  const hits = all.filter((i) => {
    const hay = [i.id, i.label, i.theme, themes.get(i.theme) ?? '', i.topic ?? '', i.unitLabel, ...Object.values(i.lait), ...i.breakdown.values].join(' ').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
    if (theme && i.theme.toLowerCase() !== theme && (themes.get(i.theme) ?? '').toLowerCase() !== theme) return false;
    if (topic && !(i.topic ?? '').toLowerCase().includes(topic)) return false;
    return true;
  });
  if (!hits.length) {
    throw noAnswer(`No indicator matches ${[...words.map((w) => `"${w}"`), theme ? `theme "${theme}"` : '', topic ? `topic "${topic}"` : ''].filter(Boolean).join(' and ')}.`, {
      code: 'no-match', choices: [...new Set(all.map((i) => i.theme))],
    });
  }
  const span = (i: IndicatorInfo) => (i.periods.length ? `${periodLabel(i.periods[0])}–${periodLabel(i.periods.at(-1)!)} (${i.periods.length})` : 'none');
  const table = makeTable('Indicators', [
    { key: 'id', label: 'id' }, { key: 'label', label: 'label' }, { key: 'theme', label: 'theme' }, { key: 'unit', label: 'unit' },
    { key: 'polarity', label: 'polarity' }, { key: 'coverage', label: 'coverage' }, { key: 'breakdowns', label: 'breakdowns' },
    { key: 'periods', label: 'periods' }, { key: 'lait', label: 'LAIT codes' },
  ], hits.map((i) => [
    textCell(i.id), textCell(`${i.label}${i.local ? ' [local]' : ''}`), textCell(i.theme), textCell(i.unit), textCell(i.polarity),
    textCell(i.coverage === 'national' ? 'England only' : 'LA'),
    textCell(i.breakdown.values.length > 1 ? `${i.breakdown.dimension}: ${i.breakdown.values.join(', ')}` : '-'),
    textCell(span(i)), textCell(Object.values(i.lait).join(' ')),
  ]));
  return {
    table, foot: ['', `${hits.length} of ${all.length} indicators. Describe one: inclusion-dashboard indicators --indicator ID`],
    json: hits.map((i) => ({ ...i, themeLabel: themes.get(i.theme) ?? i.theme, periods: i.periods.map(periodLabel) })),
  };
}

function describe(ds: ReturnType<typeof openData>, id: string): Result {
  const { data, meta: m } = findIndicator(ds, id);
  const periods = data.periods(m.id);
  const las = new Set(periods.flatMap((p) => data.cross(m.id, p, undefined, 'Local authority').filter((o) => o.value !== null).map((o) => o.areaCode))).size;
  const text = [
    `${m.label} (${m.id})${m.local ? '  [local data, unpublished]' : ''}`,
    '',
    `  definition   ${m.definition}`,
    `  unit         ${m.unit}: ${m.unitLabel}, ${m.decimals} decimal place${m.decimals === 1 ? '' : 's'}`,
    `  better       ${m.polarity === 'high' ? 'higher' : m.polarity === 'low' ? 'lower' : 'neither (no better direction)'}`,
    `  theme        ${m.theme}`,
    `  coverage     ${m.coverage === 'national' ? 'England only (no LA or regional figures)' : `LA, region and England (${las} LAs with a figure in at least one period)`}`,
    `  breakdowns   ${m.breakdown.dimension}: ${m.breakdown.values.join(', ')} (total: ${m.breakdown.total})`,
    `  periods      ${periods.map(periodLabel).join(', ')}`,
    `  LAIT codes   ${Object.entries(m.lait ?? {}).map(([b, c]) => `${c} (${b})`).join(', ') || 'none'}`,
    `  source       ${m.source.publication}${m.source.url ? `, ${m.source.url}` : ''}`,
    `  release      ${m.latestRelease}`,
    ...m.breaks.map((b) => `  break        ${periodLabel(b.period)}: ${b.note}`),
    ...(m.suppression ? [`  suppression  ${m.suppression}`] : []),
    ...m.notes.map((n) => `  note         ${n}`),
  ];
  return { text, json: { ...m, periods: periods.map(periodLabel), las } };
}

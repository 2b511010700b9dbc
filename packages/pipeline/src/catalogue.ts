// The curated indicators: hand-written wording. Where their figures come from is declared in sources.ts
// (EES files) and in `lait` (LAIT measure codes, keyed by breakdown value).
import type { IndicatorMeta, SeriesBreak, Theme } from '@inclusion-dashboard/core';
import { SUPPRESSION_TEXT } from '@inclusion-dashboard/core';
import { LAIT_RELEASE, LAIT_URL } from './lait';

export const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics/';
export { LAIT_RELEASE, LAIT_URL };

const PHASES = ['Total', 'Primary', 'Secondary', 'Special'];

export const COVID_ABSENCE: SeriesBreak = {
  period: '202021',
  note: 'There are no 2019/20 figures: absence was not collected for the summer term because of COVID-19, and from 2020/21 non-attendance for COVID-19 reasons is not counted as absence.',
};
export const PA_DEFINITION = 'Persistent absence is missing 10% or more of possible sessions. The threshold was 15% before 2015/16, so figures from before then are not comparable and are not included.';
export const EHCP_BREAK: SeriesBreak = {
  period: '2023',
  note: 'From 2023 the EHC plan collection (SEN2) changed to person-level data, so figures from 2023 are not directly comparable with earlier years.',
};
export const COVID_EXCLUSIONS = 'Suspensions and exclusions in 2019/20 and 2020/21 were affected by school closures during the COVID-19 pandemic.';

export function meta(m: Omit<IndicatorMeta, 'breaks' | 'notes' | 'coverage' | 'breakdown'> & Partial<IndicatorMeta>): IndicatorMeta {
  return {
    coverage: 'la', breaks: [], notes: [], breakdown: { dimension: 'Phase', values: ['Total'], total: 'Total' }, curated: true,
    ...m,
  } as IndicatorMeta;
}

const LAIT_FILES = ['lait_bds_long.parquet'];
const absenceSource = { publication: 'Pupil absence in schools in England (via DfE Local Authority Interactive Tool)', url: LAIT_URL, files: LAIT_FILES };
const exclusionSource = (files: string[]) => ({ publication: 'Suspensions and permanent exclusions in England (recent years via DfE Local Authority Interactive Tool)', url: `${EES}suspensions-and-permanent-exclusions-in-england`, files });

function laitPhased(id: string, theme: Theme, label: string, unitLabel: string, definition: string, codes: [string, string, string, string], extra: Partial<IndicatorMeta>): IndicatorMeta {
  return meta({
    id, label, theme, unit: 'percent', unitLabel, decimals: 2, polarity: 'low', definition,
    source: absenceSource, latestRelease: LAIT_RELEASE, yearType: 'Academic year',
    breakdown: { dimension: 'Phase', values: PHASES, total: 'Total' },
    lait: Object.fromEntries(codes.map((c, i) => [PHASES[i], c])),
    ...extra,
  });
}

function exclusionRate(id: string, label: string, unitLabel: string, definition: string, codes: [string, string, string, string], interval: 'wilson' | 'none'): IndicatorMeta {
  return laitPhased(id, 'exclusions', label, unitLabel, definition, codes, {
    interval, denominatorLabel: 'pupils',
    source: exclusionSource([...LAIT_FILES, 'exclusions_by_geographic_level_nat_reg_la_200607_201617.csv']),
    notes: [COVID_EXCLUSIONS, 'Figures to 2014/15 come from the 2016/17 release of the exclusions statistics; later figures from LAIT.'],
  });
}

export const SEN_STATUS = ['Total', 'Any special educational need', 'No identified special educational need', 'Unclassified'];

function paBySen(phase: string): IndicatorMeta {
  const id = phase === 'Total' ? 'persistent-absence-sen' : `persistent-absence-sen-${phase.toLowerCase()}`;
  const where = phase === 'Total' ? 'state-funded primary, secondary and special schools' : `state-funded ${phase.toLowerCase()} schools`.replace('state-funded special', 'special');
  return meta({
    id, theme: 'attendance', unit: 'percent', decimals: 1, polarity: 'low', yearType: 'Academic year',
    label: `Persistent absence by SEN status${phase === 'Total' ? '' : ` (${phase.toLowerCase()})`}`,
    unitLabel: '% of pupils missing 10% or more of sessions', denominatorLabel: 'pupil enrolments',
    definition: `Percentage of pupil enrolments in ${where} missing 10% or more of their possible sessions, by special educational needs status. ${PA_DEFINITION}`,
    source: { publication: 'Pupil absence distributions (DfE dashboard data, from the school census)', url: `${EES}pupil-absence-in-schools-in-england`, files: ['absence_bands_by_sen_phase_la_derived.csv'] },
    latestRelease: 'Pupil absence in schools in England, 2022/23',
    breakdown: { dimension: 'SEN status', values: SEN_STATUS, total: 'Total' },
    breaks: [COVID_ABSENCE],
    notes: ['Derived by us from enrolments in 5% absence bands, which DfE published without suppression; national figures equal the published persistent absence rates.'],
    suppression: SUPPRESSION_TEXT,
  });
}

function ehcpTimeliness(id: string, excl: boolean): IndicatorMeta {
  return meta({
    id, label: `EHC plans issued within 20 weeks${excl ? ' (excluding exceptions)' : ''}`,
    theme: 'ehcp', unit: 'percent', unitLabel: '% of new EHC plans', denominatorLabel: 'new EHC plans', decimals: 1, polarity: 'high',
    definition: `Percentage of new education, health and care plans issued within 20 weeks of the request for assessment${excl ? ', excluding cases where an exception to the time limit applies' : ', including cases where an exception to the time limit applies'}. Calendar year.`,
    source: { publication: 'Education, health and care plans', url: `${EES}education-health-and-care-plans`, files: ['ehcp_2025_timeliness_20_week.csv', 'ehcp_2023_sen2_mi.csv'] },
    latestRelease: 'Education, health and care plans, June 2025', yearType: 'Calendar year',
    breakdown: { dimension: 'Plans', values: ['Total'], total: 'Total' },
    lait: { Total: excl ? 'SEN_EHC_Excpt_20wks' : 'SEN_EHC_All_20wks' },
    breaks: [EHCP_BREAK],
    notes: ['Figures for 2014 to 2018 come from the 2023 release; from 2019 from the 2025 release. DfE published them without suppression, and they are shown as published.'],
  });
}

const count = (id: string, theme: Theme, label: string, unitLabel: string, definition: string, source: IndicatorMeta['source'], latestRelease: string, notes: string[] = []): IndicatorMeta =>
  meta({ id, theme, label, unit: 'count', unitLabel, decimals: 0, polarity: 'none', definition, source, latestRelease, notes, yearType: 'Academic year (January census)', breakdown: { dimension: 'Pupils', values: ['Total'], total: 'Total' } });

const SPC = { publication: 'Schools, pupils and their characteristics', url: `${EES}school-pupils-and-their-characteristics` };
export const SEN_PROVISION = ['Total', 'No SEN', 'SEN support', 'EHC plan or statement', 'Unclassified'];

export const CURATED: IndicatorMeta[] = [
  // Attendance
  laitPhased('overall-absence', 'attendance', 'Overall absence rate', '% of sessions missed',
    'Percentage of possible sessions missed through authorised or unauthorised absence, in state-funded primary, secondary and special schools.',
    ['TotAbs', 'PriTotAbs', 'SecTotAbs', 'total_absence_special'], { breaks: [COVID_ABSENCE] }),
  laitPhased('persistent-absence', 'attendance', 'Persistent absence rate', '% of pupils missing 10% or more of sessions',
    `Percentage of pupil enrolments missing 10% or more of their possible sessions. ${PA_DEFINITION}`,
    ['TotPerAbNew', 'SFPriPerAbNew', 'SFSecPerAbNew', 'SpecPerAbNew'], { breaks: [COVID_ABSENCE] }),
  laitPhased('severe-persistent-absence', 'attendance', 'Severe persistent absence rate', '% of pupils missing 50% or more of sessions',
    'Percentage of pupil enrolments missing 50% or more of their possible sessions.',
    ['TotSevPerAbNew', 'SFPriSevPerAbNew', 'SFSecSevPerAbNew', 'SpecSevPerAbNew'], { breaks: [COVID_ABSENCE] }),
  paBySen('Total'),
  paBySen('Primary'),
  paBySen('Secondary'),
  paBySen('Special'),
  // Exclusions
  exclusionRate('suspension-rate', 'Suspension rate', 'suspensions as % of pupils',
    'Number of suspensions (fixed-period exclusions) as a percentage of the school population. A pupil suspended twice counts twice.',
    ['TotFixedEx', 'PriFixedEx', 'SecFixedEx', 'SpecFixedEx'], 'none'),
  exclusionRate('permanent-exclusion-rate', 'Permanent exclusion rate', 'permanent exclusions as % of pupils',
    'Number of permanent exclusions as a percentage of the school population.',
    ['TotPermEx', 'PriPermEx', 'SecPermEx', 'SpecPermEx'], 'none'),
  exclusionRate('one-or-more-suspensions', 'Pupils with one or more suspensions', '% of pupils',
    'Pupils with at least one suspension as a percentage of the school population.',
    ['Total_ Pup_FixedEx', 'Pri_ Pup_FixedEx', 'Sec_ Pup_FixedEx', 'Spec_ Pup_FixedEx'], 'wilson'),
  ...(['fixed', 'perm'] as const).map((k) => meta({
    id: k === 'fixed' ? 'suspension-rate-sen' : 'permanent-exclusion-rate-sen',
    theme: 'exclusions', coverage: 'national', unit: 'percent', decimals: 2, polarity: 'low', interval: 'none', yearType: 'Academic year',
    label: `${k === 'fixed' ? 'Suspension' : 'Permanent exclusion'} rate by SEN provision`,
    unitLabel: `${k === 'fixed' ? 'suspensions' : 'permanent exclusions'} as % of pupils`, denominatorLabel: 'pupils',
    definition: `${k === 'fixed' ? 'Suspensions (fixed-period exclusions)' : 'Permanent exclusions'} as a percentage of pupils in each SEN group, all state-funded schools. England only: the LA-level series by SEN are not in the bundled data.`,
    source: exclusionSource(['exclusions_by_characteristic_national_201112_201617.csv']),
    latestRelease: 'Permanent and fixed-period exclusions in England, 2016/17',
    breakdown: { dimension: 'SEN provision', values: SEN_PROVISION, total: 'Total' },
  })),
  // Alternative provision
  count('ap-la-funded-pupils', 'ap', 'Pupils in LA-funded alternative provision', 'pupils',
    'Pupils in alternative provision placements funded by the local authority, from the AP census in January.',
    { ...SPC, files: ['ap_census_la_funded_placements_201718_202223.csv'] }, 'Schools, pupils and their characteristics, 2022/23'),
  count('ap-school-arranged-placements', 'ap', 'School-arranged alternative provision placements', 'placements',
    'Placements in alternative provision arranged by schools, from the school census in January.',
    { ...SPC, files: ['spc_school_arranged_ap_setting_202223.csv'] }, 'Schools, pupils and their characteristics, 2022/23',
    ['First collected in 2022/23.']),
  ...([['pru-absence', 'Absence rate in pupil referral units', '% of sessions missed', 'possible sessions', 'Percentage of possible sessions missed in pupil referral units, autumn and spring terms.'],
    ['pru-persistent-absence', 'Persistent absence in pupil referral units', '% of pupils missing 10% or more of sessions', 'pupil enrolments', `Percentage of pupil enrolments in pupil referral units missing 10% or more of possible sessions, autumn and spring terms. ${PA_DEFINITION}`]] as const)
    .map(([id, label, unitLabel, denominatorLabel, definition]) => meta({
      id, theme: 'ap', label, unit: 'percent', unitLabel, denominatorLabel, decimals: 1, polarity: 'low', definition, yearType: 'Academic year',
      source: { publication: 'Pupil absence in schools in England: autumn and spring terms', url: `${EES}pupil-absence-in-schools-in-england-autumn-and-spring-terms`, files: ['absence_2term_pru_la.csv'] },
      latestRelease: 'Pupil absence in schools in England: autumn and spring terms, 2022/23',
      breakdown: { dimension: 'Phase', values: ['Total'], total: 'Total' }, breaks: [COVID_ABSENCE],
    })),
  meta({
    id: 'ks4-sustained-destination-ap', theme: 'ap', coverage: 'national', unit: 'percent', decimals: 0, polarity: 'high', yearType: 'Academic year',
    label: 'Sustained education, employment or training after key stage 4: alternative provision',
    unitLabel: '% of the key stage 4 cohort',
    definition: 'Percentage of pupils finishing key stage 4 in alternative provision who had a sustained education, apprenticeship or employment destination in the following year. England only.',
    source: { publication: 'Key stage 4 destination measures', url: `${EES}key-stage-4-destination-measures`, files: ['ks4_destinations_national_201011_202122_prov.csv'] },
    latestRelease: 'Key stage 4 destination measures, 2021/22 (provisional)',
    breakdown: { dimension: 'Provision', values: ['Total', 'State-place funded alternative provision', 'Other alternative provision'], total: 'Total' },
    notes: ['The 2021/22 figures are provisional.'],
  }),
  // EHCP timeliness
  ehcpTimeliness('ehcp-20-weeks', false),
  ehcpTimeliness('ehcp-20-weeks-excluding-exceptions', true),
  // Context
  ...([['ehcp-rate', 'Pupils with an EHC plan', '% of pupils', 'SEN_TotStat', 'Percentage of pupils in all schools with an education, health and care plan (or statement), January census.', 1, 'none', 'Academic year (January census)'],
    ['sen-support-rate', 'Pupils with SEN support', '% of pupils', 'SEN_TotSENSuP', 'Percentage of pupils in all schools receiving SEN support, January census.', 1, 'none', 'Academic year (January census)'],
    ['tribunal-appeal-rate', 'SEND Tribunal appeal rate', '% of appealable decisions', 'SEN_AppealableDec', 'Appeals registered with the SEND Tribunal as a percentage of all appealable decisions made by the LA. Calendar year.', 2, 'low', 'Calendar year']] as const)
    .map(([id, label, unitLabel, code, definition, decimals, polarity, yearType]) => meta({
      id, theme: 'context', label, unit: 'percent', unitLabel, decimals, polarity, definition, yearType,
      source: { publication: id === 'tribunal-appeal-rate' ? 'SEND Tribunal statistics (via DfE Local Authority Interactive Tool)' : 'Special educational needs in England (via DfE Local Authority Interactive Tool)', url: LAIT_URL, files: LAIT_FILES },
      latestRelease: LAIT_RELEASE, lait: { Total: code },
    })),
];

/**
 * Curated indicators whose figures come from EES files (with their counts) and also have LAIT codes: the EES row
 * is used, and LAIT adds only the areas the EES files do not publish (Inner and Outer London).
 */
export const EES_FIRST = new Set(['ehcp-20-weeks', 'ehcp-20-weeks-excluding-exceptions']);

/** The five theme files the curated indicators are also written to (a single-file extract per theme). */
export const THEME_FILES: Record<string, string> = {
  attendance: 'attendance.arrow', exclusions: 'exclusions.arrow', ap: 'ap.arrow', ehcp: 'ehcp.arrow', context: 'context.arrow',
};

export const THEMES: { id: string; label: string }[] = [
  { id: 'attendance', label: 'Attendance and absence' },
  { id: 'exclusions', label: 'Suspensions and permanent exclusions' },
  { id: 'ap', label: 'Alternative provision' },
  { id: 'ehcp', label: 'EHC plans' },
  { id: 'sen', label: 'Special educational needs' },
  { id: 'attainment', label: 'Attainment' },
  { id: 'destinations', label: 'Destinations' },
  { id: 'social-care', label: "Children's social care" },
  { id: 'health', label: 'Health and wellbeing' },
  { id: 'context', label: 'Context' },
];

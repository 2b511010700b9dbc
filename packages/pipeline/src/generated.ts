// Every other EES figure with LA, regional or national rows: one declarative entry per file, short wording per
// indicator (from the file's .meta.csv label where it has one). Curated indicators are in catalogue.ts.
import { capitalise, type IndicatorMeta, type Observation, type Unit } from '@inclusion-dashboard/core';
import { COVID_ABSENCE, EES, EHCP_BREAK, PA_DEFINITION } from './catalogue';
import type { GeneratedMeta, IndicatorRead, SourceEntry } from './declare';
import { slug } from './read';

type Col = [id: string, value: string, label: string, unit: Unit, unitLabel: string, extra?: Partial<IndicatorRead> & { polarity?: 'high' | 'low' | 'none'; definition?: string }];

/** An indicator read from one column: a count, a percentage or a rate. */
function col(theme: string, [id, value, label, unit, unitLabel, extra = {}]: Col, more: Partial<IndicatorRead> = {}): IndicatorRead {
  const { polarity = 'none', definition, ...read } = extra;
  return {
    id, value, breakdown: 'Total', ...more, ...read,
    meta: { label, unit, unitLabel, polarity, definition: definition ?? `${label}.`, theme, ...(more.meta ?? {}) } as GeneratedMeta,
  };
}

const EHCP_SOURCE = (file: string) => ({ publication: 'Education, health and care plans', url: `${EES}education-health-and-care-plans`, files: [file] });
const EHCP_RELEASE = 'Education, health and care plans, June 2025';
const EHCP_NOTE = 'DfE published these figures without suppression or rounding; they are shown as published.';

/** EHCP 2025 files: each figure for all plans, and one indicator per breakdown topic (age, sex, ethnicity…). */
function ehcpFile(name: string, file: string, all: string, cols: Col[], yearType: string, settings?: Record<string, string>, settingsTotal?: string, { totals = true } = {}): SourceEntry {
  const indicators: IndicatorRead[] = [];
  for (const c of cols) {
    if (totals) indicators.push(col('ehcp', c, { where: { breakdown_topic: all } }));
    indicators.push(col('ehcp', c, { split: { column: 'breakdown_topic', total: all, by: 'breakdown' } }));
  }
  if (settings) {
    indicators.push({
      id: `${cols[0][0]}-by-setting`, value: '', melt: { Total: settingsTotal!, ...settings }, breakdown: 'Total', where: { breakdown_topic: all },
      meta: { label: `${cols[0][2]} by type of setting`, unit: 'count', unitLabel: 'plans', polarity: 'none', definition: `${cols[0][2]}, by the type of setting named in the plan.`, dimension: 'Setting' },
    });
  }
  return {
    name, file: `ehcp/${file}`, source: EHCP_SOURCE(file), latestRelease: EHCP_RELEASE, notes: [EHCP_NOTE], theme: 'ehcp',
    topic: 'EHC plans', yearType, breaks: [EHCP_BREAK], indicators,
  };
}

/** Adds the all-plans indicator for one of an entry's split columns (not curated elsewhere). */
function withTotal(entry: SourceEntry, id: string, all: string): SourceEntry {
  const split = entry.indicators.find((i) => i.id === id)!;
  return { ...entry, indicators: [{ ...split, split: undefined, where: { breakdown_topic: all } }, ...entry.indicators] };
}

const SETTINGS = {
  Mainstream: 'mainstream_total', Special: 'special_total', 'Alternative provision or PRU': 'ap_pru_total', 'Further education': 'fe_total',
  'Elective home education': 'elective_home_education', 'Other arrangements by the LA': 'other_arrangements_la', 'Other arrangements by parents': 'other_arrangements_parents',
  'Not in education, employment or training': 'neet', 'Educated elsewhere': 'ed_elsewhere', 'Non-maintained early years': 'nm_early_years', 'Placement unknown': 'placement_unknown',
};
const NEEDS = {
  Total: 'ehc_plans', 'Autistic spectrum disorder': 'number_asd', 'Hearing impairment': 'number_hi', 'Moderate learning difficulty': 'number_mld',
  'Multi-sensory impairment': 'number_msi', 'Other difficulty or disability': 'number_oth', 'Physical disability': 'number_pd',
  'Profound and multiple learning difficulty': 'number_pmld', 'Social, emotional and mental health': 'number_semh',
  'Speech, language and communication needs': 'number_slcn', 'Severe learning difficulty': 'number_sld', 'Specific learning difficulty': 'number_spld',
  'Visual impairment': 'number_vi', 'Need unknown': 'number_need_unknown',
};

const PHASE_TYPE = { Total: 'Total', 'State-funded primary': 'Primary', 'State-funded secondary': 'Secondary', Special: 'Special', 'State-funded alternative provision school': 'Alternative provision' };
const ABSENCE_SOURCE = (file: string, publication = 'Pupil absence in schools in England') => ({ publication, url: `${EES}pupil-absence-in-schools-in-england`, files: [file] });
const ATTENDANCE_SOURCE = (file: string) => ({ publication: 'Pupil attendance in schools', url: `${EES}pupil-attendance-in-schools`, files: [file] });
const ATTENDANCE_NOTE = 'Year-to-date figures from the daily attendance data (official statistics in development): provisional, and not the same measure as the annual school-census absence.';
const EXCLUSIONS_SOURCE = (file: string) => ({ publication: 'Permanent and fixed-period exclusions in England', url: `${EES}suspensions-and-permanent-exclusions-in-england`, files: [file] });
const SPC = (file: string) => ({ publication: 'Schools, pupils and their characteristics', url: `${EES}school-pupils-and-their-characteristics`, files: [file] });
const KS4 = 'alternative_provision/ks4_destinations_national_201011_202122_prov.csv';

const KS4_GROUPS: Record<string, string> = {
  Total: 'all', 'State-funded mainstream schools': 'mainstream', 'State-funded mainstream & special schools': 'mainstream-special',
  'State-funded (inc. non-maintained) special schools': 'special', 'Alternative provision': 'ap',
};
const KS4_MEASURES: [string, string, string, 'high' | 'low'][] = [
  ['overall', 'sustained', 'Sustained education, apprenticeship or employment', 'high'],
  ['education', 'education', 'Sustained education', 'high'],
  ['appren', 'apprenticeships', 'Sustained apprenticeship', 'high'],
  ['all_work', 'employment', 'Sustained employment', 'high'],
  ['all_notsust', 'not-sustained', 'Destination not sustained', 'low'],
  ['all_unknown', 'unknown', 'Activity not captured', 'low'],
];

const ENTRIES: SourceEntry[] = [
  ehcpFile('EHC plan caseload, 2025 release', 'ehcp_2025_caseload.csv', 'All EHC plans',
    [['ehcp-caseload', 'ehcplans', 'EHC plans (caseload in January)', 'count', 'EHC plans']], 'Academic year (January)', SETTINGS, 'ehcplans'),
  ehcpFile('new EHC plans, 2025 release', 'ehcp_2025_newplans.csv', 'New EHC plans',
    [['ehcp-new-plans', 'new_ehc_plans', 'New EHC plans', 'count', 'new EHC plans']], 'Calendar year', { ...SETTINGS }, 'new_ehc_plans'),
  ehcpFile('requests for EHC needs assessment, 2025 release', 'ehcp_2025_requests.csv', 'All requests for EHC needs assessments', [
    ['ehcp-requests', 'requests_received_in_year', 'Requests for an EHC needs assessment', 'count', 'requests'],
    ['ehcp-requests-assessed', 'request_assess_pc', 'Requests for assessment where the LA decided to assess', 'percent', '% of requests decided', { numerator: 'requests_decided_to_assess' }],
    ['ehcp-requests-not-assessed', 'request_not_assess_pc', 'Requests for assessment where the LA decided not to assess', 'percent', '% of requests decided', { numerator: 'requests_decided_not_to_assess' }],
    ['ehcp-requests-decided-6-weeks', 'request_outcome_six_weeks_pc', 'Decisions on requests for assessment made within 6 weeks', 'percent', '% of decisions', { numerator: 'request_outcome_six_weeks', polarity: 'high' }],
  ], 'Calendar year'),
  ehcpFile('EHC needs assessments, 2025 release', 'ehcp_2025_assessments.csv', 'All EHC needs assessments', [
    ['ehcp-assessments', 'assess_in_year', 'EHC needs assessments', 'count', 'assessments'],
    ['ehcp-assessments-plan-issued', 'assess_issued_pc', 'EHC needs assessments where a plan was issued', 'percent', '% of assessments', { numerator: 'assess_issued' }],
    ['ehcp-assessments-plan-not-issued', 'assess_not_issued_pc', 'EHC needs assessments where it was decided not to issue a plan', 'percent', '% of assessments', { numerator: 'assess_not_issued' }],
    ['ehcp-assessments-in-time', 'outcome_decision_within_time_pc', 'EHC needs assessment decisions made within the time limit', 'percent', '% of decisions', { numerator: 'outcome_decision_within_time', polarity: 'high' }],
  ], 'Calendar year'),
  {
    name: 'EHC plans by primary need, 2025 release', file: 'ehcp/ehcp_2025_sen_needs_all_plans.csv', source: EHCP_SOURCE('ehcp_2025_sen_needs_all_plans.csv'),
    latestRelease: EHCP_RELEASE, notes: [EHCP_NOTE], theme: 'ehcp', topic: 'EHC plans', yearType: 'Academic year (January)',
    indicators: [
      { id: 'ehcp-primary-need', value: '', melt: NEEDS, breakdown: 'Total', where: { breakdown_topic: 'All EHC plans' },
        meta: { label: 'EHC plans by primary need', unit: 'count', unitLabel: 'EHC plans', polarity: 'none', definition: 'EHC plans in January, by the child or young person\'s primary type of need.', dimension: 'Primary need' } },
      ...Object.entries(NEEDS).filter(([k]) => k !== 'Total').map(([need, column]): IndicatorRead => ({
        id: `ehcp-primary-need-${slug(need)}`, value: column, breakdown: 'Total', split: { column: 'breakdown_topic', total: 'All EHC plans', by: 'breakdown' },
        meta: { label: `EHC plans with a primary need of ${need.toLowerCase()}`, unit: 'count', unitLabel: 'EHC plans', polarity: 'none', definition: `EHC plans in January whose primary need is ${need.toLowerCase()}.` },
      })),
    ],
  },
  // The all-plans 20-week figures are the curated ehcp-20-weeks indicators; here, their breakdowns by characteristic.
  withTotal(ehcpFile('EHC plan timeliness by characteristic, 2025 release', 'ehcp_2025_timeliness_20_week.csv', 'All EHC plans issued', [
    ['ehcp-timeliness', 'pc_plans_issued_within_20_weeks', 'EHC plans issued within 20 weeks', 'percent', '% of new EHC plans', { numerator: 'plans_issued_within_20_weeks', denominator: 'plans_issued_den', polarity: 'high' }],
    ['ehcp-timeliness-excluding-exceptions', 'PC_plans_issued_20_weeks_ex', 'EHC plans issued within 20 weeks (excluding exceptions)', 'percent', '% of new EHC plans', { numerator: 'plans_issued_20_weeks_ex', denominator: 'plans_issued_den_ex', polarity: 'high' }],
    ['ehcp-issued-after-a-year', 'pc_plans_issued_gt_1_year', 'EHC plans issued more than a year after the request', 'percent', '% of new EHC plans', { numerator: 'plans_issued_gt_1_year', denominator: 'plans_issued_den', polarity: 'low' }],
  ], 'Calendar year', undefined, undefined, { totals: false }), 'ehcp-issued-after-a-year', 'All EHC plans issued'),
  {
    name: 'absence of children in need and looked after', file: 'absence/cin_cla_absence_la_201819_202425.csv', theme: 'attendance', topic: 'Children in need and looked after',
    source: { publication: 'Outcomes for children in need, including children looked after by local authorities in England', url: `${EES}outcomes-for-children-in-need-including-children-looked-after-by-local-authorities-in-england`, files: ['cin_cla_absence_la_201819_202425.csv'] },
    latestRelease: 'Outcomes for children in need, 2024/25', yearType: 'Academic year', breaks: [COVID_ABSENCE],
    notes: ['Absence over six half terms. DfE suppressed small numbers (c) in this file.'],
    indicators: ([['CINO at 31 March', 'cin', 'children in need'], ['CPPO at 31 March', 'cpp', 'children on a child protection plan'], ['CLA 12 months at 31 March', 'cla', 'children looked after for 12 months']] as const).flatMap(([group, key, who]) => [
      col('attendance', [`${key}-absence`, 'pt_overall', `Overall absence rate of ${who}`, 'percent', '% of sessions missed', { numerator: 't_sess_overall', denominator: 't_sess_possible', polarity: 'low' }],
        { where: { social_care_group: group }, breakdown: { column: 'phase_type_grouping', map: PHASE_TYPE }, meta: { dimension: 'Phase' } as GeneratedMeta }),
      col('attendance', [`${key}-persistent-absence`, 'pt_pupils_pa_10_exact', `Persistent absence of ${who}`, 'percent', '% of pupils missing 10% or more of sessions', { numerator: 't_pupils_pa_10_exact', denominator: 't_pupils', polarity: 'low', definition: `Percentage of ${who} missing 10% or more of their possible sessions.` }],
        { where: { social_care_group: group }, breakdown: { column: 'phase_type_grouping', map: PHASE_TYPE }, meta: { dimension: 'Phase' } as GeneratedMeta }),
    ]),
  },
  {
    name: 'absence in pupil referral units, full year', file: 'absence/absence_in_prus_201314_201617.csv', theme: 'ap', topic: 'Pupil referral units',
    source: ABSENCE_SOURCE('absence_in_prus_201314_201617.csv'), latestRelease: 'Pupil absence in schools in England, 2016/17', yearType: 'Academic year',
    indicators: [
      col('ap', ['pru-absence-full-year', 'sess_overall_percent', 'Absence rate in pupil referral units (full year)', 'percent', '% of sessions missed', { numerator: 'sess_overall', denominator: 'sess_possible', polarity: 'low' }]),
      col('ap', ['pru-unauthorised-absence-full-year', 'sess_unauthorised_percent', 'Unauthorised absence rate in pupil referral units (full year)', 'percent', '% of sessions missed', { numerator: 'sess_unauthorised', denominator: 'sess_possible', polarity: 'low' }]),
      col('ap', ['pru-persistent-absence-full-year', 'enrolments_pa_10_exact_percent', 'Persistent absence in pupil referral units (full year)', 'percent', '% of pupils missing 10% or more of sessions', { numerator: 'enrolments_pa_10_exact', denominator: 'enrolments', polarity: 'low', definition: `Percentage of pupil enrolments in pupil referral units missing 10% or more of possible sessions over the full year. ${PA_DEFINITION}` }]),
    ],
  },
  ...(['202425', '202526'] as const).map((year): SourceEntry => ({
    name: `in-year attendance ${year.slice(0, 4)}/${year.slice(4)}`, file: `absence/attendance_ytd_${year}_la_phase.csv`, theme: 'attendance', topic: 'In-year attendance',
    source: ATTENDANCE_SOURCE(`attendance_ytd_${year}_la_phase.csv`), latestRelease: 'Pupil attendance in schools, 2025/26', yearType: 'Academic year (to date)',
    provisional: 'all',
    notes: [ATTENDANCE_NOTE, ...(year === '202425' ? ['For 2024/25, LAs have no all-schools (Total) figure: only primary, secondary and special.'] : [])],
    indicators: ([
      ['attendance-ytd', 'attendance_perc', 'Attendance rate, year to date', '% of sessions attended', 'high'],
      ['attendance-ytd-absence', 'overall_absence_perc', 'Overall absence rate, year to date', '% of sessions missed', 'low'],
      ['attendance-ytd-authorised-absence', 'authorised_absence_perc', 'Authorised absence rate, year to date', '% of sessions missed', 'low'],
      ['attendance-ytd-unauthorised-absence', 'unauthorised_absence_perc', 'Unauthorised absence rate, year to date', '% of sessions missed', 'low'],
      ['attendance-ytd-persistent-absence', 'pa_perc', 'Persistent absence rate, year to date', '% of pupils missing 10% or more of sessions', 'low'],
    ] as const).map(([id, value, label, unitLabel, polarity]) => col('attendance', [id, value, label, 'percent', unitLabel, { polarity }], { breakdown: { column: 'education_phase' }, meta: { dimension: 'Phase' } as GeneratedMeta })),
  })),
  {
    name: 'weekly persistent absence, 2024/25', file: 'absence/attendance_pa_weekly_ytd_2025_la_phase.csv', theme: 'attendance', topic: 'In-year attendance',
    source: ATTENDANCE_SOURCE('attendance_pa_weekly_ytd_2025_la_phase.csv'), latestRelease: 'Pupil attendance in schools, 2024/25', yearType: 'Year to date, by week',
    provisional: 'all',
    notes: [ATTENDANCE_NOTE, 'The period is 2025 as published; each breakdown is the year to date at the end of that week.'],
    indicators: (['All schools', 'Primary', 'Secondary', 'Special'] as const).map((phase) => col('attendance',
      [`attendance-weekly-persistent-absence${phase === 'All schools' ? '' : `-${phase.toLowerCase()}`}`, 'persistent_absence_percent', `Persistent absence by week, year to date${phase === 'All schools' ? '' : ` (${phase.toLowerCase()})`}`, 'percent', '% of pupils missing 10% or more of sessions', { polarity: 'low' }],
      { where: { education_phase: phase }, breakdown: { column: 'time_identifier' }, meta: { dimension: 'Week', total: 'Week 30' } as GeneratedMeta })),
  },
  {
    name: 'absence by term, 2012/13 to 2016/17', file: 'absence/absence_by_term_201213_201617.csv', theme: 'attendance', topic: 'Absence by term',
    source: ABSENCE_SOURCE('absence_by_term_201213_201617.csv'), latestRelease: 'Pupil absence in schools in England, 2016/17', yearType: 'Academic year',
    indicators: (['State-funded primary', 'State-funded secondary', 'Special'] as const).flatMap((type) => ([
      ['absence-by-term', 'sess_overall_percent', 'sess_overall', 'Overall absence rate by term'],
      ['unauthorised-absence-by-term', 'sess_unauthorised_percent', 'sess_unauthorised', 'Unauthorised absence rate by term'],
    ] as const).map(([id, value, numerator, label]) => col('attendance',
      [`${id}-${slug(type.replace('State-funded ', ''))}`, value, `${label} (${type.replace('State-funded ', '').toLowerCase()})`, 'percent', '% of sessions missed', { numerator, denominator: 'sess_possible', polarity: 'low' }],
      { where: { school_type: type }, breakdown: { column: 'term', map: { Total: 'Total', 'Autumn term': 'Autumn', 'Spring term': 'Spring', 'Summer term': 'Summer' } }, meta: { dimension: 'Term' } as GeneratedMeta }))),
  },
  {
    name: 'exclusions by reason, 2006/07 to 2016/17', file: 'exclusions/exclusions_by_reason_200607_201617.csv', theme: 'exclusions', topic: 'Exclusions by reason',
    source: EXCLUSIONS_SOURCE('exclusions_by_reason_200607_201617.csv'), latestRelease: 'Permanent and fixed-period exclusions in England, 2016/17', yearType: 'Academic year',
    indicators: (['perm', 'fixed'] as const).map((k): IndicatorRead => ({
      id: k === 'perm' ? 'permanent-exclusions-by-reason' : 'suspensions-by-reason', value: '', breakdown: 'Total', where: { school_type: 'Total' },
      melt: Object.fromEntries(([['Persistent disruptive behaviour', 'persistent_disruptive'], ['Physical assault against a pupil', 'physical_pupils'], ['Physical assault against an adult', 'physical_adult'],
        ['Verbal abuse or threatening behaviour against a pupil', 'verbal_pupil'], ['Verbal abuse or threatening behaviour against an adult', 'verbal_adult'], ['Bullying', 'bullying'], ['Racist abuse', 'racist_abuse'],
        ['Sexual misconduct', 'sexual_misconduct'], ['Drug and alcohol related', 'drug_alcohol'], ['Damage', 'damage'], ['Theft', 'theft'], ['Other', 'other']] as const).map(([b, c]) => [b, `${k}_${c}`])),
      meta: { label: `${k === 'perm' ? 'Permanent exclusions' : 'Suspensions (fixed-period exclusions)'} by reason`, unit: 'count', unitLabel: k === 'perm' ? 'permanent exclusions' : 'suspensions', polarity: 'none',
        definition: `Number of ${k === 'perm' ? 'permanent exclusions' : 'fixed-period exclusions (suspensions)'} in state-funded primary, secondary and special schools, by the main reason recorded.`, dimension: 'Reason', total: 'Persistent disruptive behaviour' },
    })),
  },
  {
    name: 'exclusions by characteristic (national), every characteristic', file: 'exclusions/exclusions_by_characteristic_national_201112_201617.csv', theme: 'exclusions', topic: 'Exclusions by pupil characteristic',
    source: EXCLUSIONS_SOURCE('exclusions_by_characteristic_national_201112_201617.csv'), latestRelease: 'Permanent and fixed-period exclusions in England, 2016/17', yearType: 'Academic year',
    where: { school_type: 'Total' },
    indicators: ([
      ['exclusions-national-permanent', 'perm_excl_rate', 'perm_excl', 'Permanent exclusion rate', 'permanent exclusions as % of pupils'],
      ['exclusions-national-suspension', 'fixed_excl_rate', 'fixed_excl', 'Suspension rate', 'suspensions as % of pupils'],
      ['exclusions-national-one-or-more-suspensions', 'one_plus_fixed_rate', 'one_plus_fixed', 'Pupils with one or more suspensions', '% of pupils'],
    ] as const).map(([id, value, numerator, label, unitLabel]) => col('exclusions', [id, value, label, 'percent', unitLabel, { numerator, denominator: 'headcount', polarity: 'low' }],
      { split: { column: 'characteristic_group', total: 'Total', by: 'characteristic' }, meta: { coverage: 'national', interval: 'none' } as GeneratedMeta })),
  },
  {
    name: 'AP census by characteristic', file: 'alternative_provision/ap_census_la_funded_placements_201718_202223.csv', theme: 'ap', topic: 'LA-funded alternative provision',
    source: SPC('ap_census_la_funded_placements_201718_202223.csv'), latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)',
    indicators: ([['gender', 'sex'], ['age', 'age'], ['ethnicity_minor', 'ethnicity'], ['fsm', 'free school meals']] as const).map(([column, by]) => col('ap',
      [`ap-la-funded-pupils-by-${slug(by)}`, 'number_of_pupils', `Pupils in LA-funded alternative provision by ${by}`, 'count', 'pupils'],
      { where: Object.fromEntries(['gender', 'age', 'ethnicity_minor', 'fsm'].filter((c) => c !== column).map((c) => [c, 'Total'])), breakdown: { column }, meta: { dimension: capitalise(by) } as GeneratedMeta })),
  },
  {
    name: 'school-arranged AP by setting', file: 'alternative_provision/spc_school_arranged_ap_setting_202223.csv', theme: 'ap', topic: 'School-arranged alternative provision',
    source: SPC('spc_school_arranged_ap_setting_202223.csv'), latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', notes: ['First collected in 2022/23.'],
    indicators: [col('ap', ['ap-school-arranged-placements-by-setting', 'placements', 'School-arranged alternative provision placements by setting', 'count', 'placements'], { breakdown: { column: 'setting_type' }, meta: { dimension: 'Setting' } as GeneratedMeta })],
  },
  {
    name: 'school-arranged AP by pupil characteristic', file: 'alternative_provision/spc_school_arranged_ap_characteristics_202223.csv', theme: 'ap', topic: 'School-arranged alternative provision',
    source: SPC('spc_school_arranged_ap_characteristics_202223.csv'), latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', notes: ['First collected in 2022/23.'],
    indicators: [
      // The file repeats every characteristic's rows under the grouping "Total": the all-pupils figure is the row
      // with grouping, characteristic and setting all "Total", and each grouping's own "Total" row is its total.
      col('ap', ['ap-school-arranged-pupils', 'pupils', 'Pupils in school-arranged alternative provision', 'count', 'pupils'], { where: { setting_type: 'Total', characteristic_grouping: 'Total', pupil_characteristic: 'Total' } }),
      col('ap', ['ap-school-arranged-pupils-in-setting', 'pupils', 'Pupils in school-arranged alternative provision by setting', 'count', 'pupils'], { where: { characteristic_grouping: 'Total', pupil_characteristic: 'Total' }, breakdown: { column: 'setting_type' }, meta: { dimension: 'Setting' } as GeneratedMeta }),
      col('ap', ['ap-school-arranged-pupils', 'pupils', 'Pupils in school-arranged alternative provision', 'count', 'pupils'], { where: { setting_type: 'Total' }, split: { column: 'characteristic_grouping', total: 'Total', by: 'pupil_characteristic', skip: ['Total'] } }),
    ],
  },
  {
    name: 'school-arranged AP by placement reason', file: 'alternative_provision/spc_school_arranged_ap_placement_reason_202223.csv', theme: 'ap', topic: 'School-arranged alternative provision',
    source: SPC('spc_school_arranged_ap_placement_reason_202223.csv'), latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', notes: ['First collected in 2022/23.'],
    indicators: [col('ap', ['ap-school-arranged-pupils-by-reason', 'pupils', 'Pupils in school-arranged alternative provision by placement reason', 'count', 'pupils'],
      { where: { setting_type: 'Total' }, breakdown: { column: 'pupil_characteristic' }, meta: { dimension: 'Placement reason' } as GeneratedMeta })],
  },
  {
    name: 'KS4 destinations, every institution group and breakdown', file: KS4, theme: 'destinations', topic: 'Key stage 4 destinations',
    source: { publication: 'Key stage 4 destination measures', url: `${EES}key-stage-4-destination-measures`, files: ['ks4_destinations_national_201011_202122_prov.csv'] },
    latestRelease: 'Key stage 4 destination measures, 2021/22 (provisional)', yearType: 'Academic year (year after key stage 4)',
    notes: ['The 2021/22 figures are provisional.'],
    version: { column: 'version', map: { Provisional: 'provisional', Revised: 'revised' } },
    where: { data_type: 'Percentage' },
    indicators: Object.entries(KS4_GROUPS).flatMap(([group, g]) => KS4_MEASURES.flatMap(([value, m, label, polarity]) => {
      const base = `ks4-${m}-${g}`;
      const lab = `${label} after key stage 4: ${group === 'Total' ? 'all institutions' : group.toLowerCase()}`;
      const meta = { coverage: 'national' } as GeneratedMeta;
      return [
        col('destinations', [base, value, lab, 'percent', '% of the key stage 4 cohort', { polarity }], { where: { institution_group: group, breakdown_topic: 'Total' }, breakdown: { column: 'institution_type' }, meta: { ...meta, dimension: 'Institution type' } as GeneratedMeta }),
        col('destinations', [base.replace(/^ks4-/, 'ks4-pupils-'), value, lab, 'percent', '% of the key stage 4 cohort', { polarity }], { where: { institution_group: group, institution_type: 'Total' }, split: { column: 'breakdown_topic', total: 'Total', by: 'breakdown' }, meta }),
      ];
    })),
  },
];

export const GENERATED_SOURCES: SourceEntry[] = ENTRIES.map((e) => ({ ...e, declaredIn: 'packages/pipeline/src/generated.ts' }));

/** Wording for a generated indicator, from its entry and its read (and the topic of a split read). */
export function generatedMeta(entry: SourceEntry, id: string, _rows: Observation[], topics: Map<string, Set<string>>): IndicatorMeta {
  let read = entry.indicators.find((i) => i.id === id && !i.split);
  let topic: string | undefined;
  if (!read) {
    for (const i of entry.indicators) {
      if (!i.split) continue;
      const t = [...(topics.get(i.id) ?? [])].find((x) => `${i.id}-by-${slug(x)}` === id);
      if (t) { read = i; topic = t; break; }
    }
  }
  const m = read?.meta;
  if (!read || !m) throw new Error(`Entry "${entry.name}" gives indicator "${id}" with no wording.`);
  const { dimension, total = 'Total', ...rest } = m;
  return {
    decimals: 0, coverage: 'la', breaks: entry.breaks ?? [], interval: 'none',
    ...rest,
    id,
    label: topic ? `${m.label} by ${topic.toLowerCase()}` : m.label,
    theme: m.theme ?? entry.theme ?? 'context',
    definition: topic ? `${m.definition} By ${topic.toLowerCase()}.` : m.definition,
    source: entry.source ?? { publication: entry.name, url: EES, files: [entry.file.split('/').pop()!] },
    latestRelease: entry.latestRelease ?? entry.name,
    breakdown: { dimension: topic ?? dimension ?? 'Total', values: [total], total },
    notes: [...(entry.notes ?? []), ...(m.notes ?? [])],
    topic: entry.topic, yearType: entry.yearType, curated: false,
    ...(read.derived ? { suppression: undefined } : {}),
  } as IndicatorMeta;
}

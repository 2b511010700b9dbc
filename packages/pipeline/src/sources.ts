// Every EES file the pipeline reads, one declarative entry each (see declare.ts). A new year of data is a new
// file and an edited entry. Curated indicators (catalogue.ts) are named by id; the rest carry their own wording.
import type { SourceEntry } from './declare';
import { EES } from './catalogue';

const PHASE_OF_SCHOOL_TYPE = { Total: 'Total', 'State-funded primary': 'Primary', 'State-funded secondary': 'Secondary', Special: 'Special' };
const SEN_PROVISION = {
  Total: 'Total', 'SEN Provision No SEN': 'No SEN', 'SEN provision SEN without statement': 'SEN support',
  'SEN provision SEN with statement EHC': 'EHC plan or statement', 'SEN provision Unclassified': 'Unclassified',
};

export const CURATED_SOURCES: SourceEntry[] = [
  {
    name: 'EHC plan timeliness, 2025 release',
    file: 'ehcp/ehcp_2025_timeliness_20_week.csv',
    indicators: [
      { id: 'ehcp-20-weeks', where: { breakdown_topic: 'All EHC plans issued' }, breakdown: 'Total', value: 'pc_plans_issued_within_20_weeks', numerator: 'plans_issued_within_20_weeks', denominator: 'plans_issued_den' },
      { id: 'ehcp-20-weeks-excluding-exceptions', where: { breakdown_topic: 'All EHC plans issued' }, breakdown: 'Total', value: 'PC_plans_issued_20_weeks_ex', numerator: 'plans_issued_20_weeks_ex', denominator: 'plans_issued_den_ex' },
    ],
  },
  {
    name: 'SEN2 management information, 2023 release',
    file: 'ehcp/ehcp_2023_sen2_mi.csv',
    // 2019 onwards comes from the 2025 release (identical figures where both publish).
    periods: { before: '2019' },
    indicators: [
      { id: 'ehcp-20-weeks', breakdown: 'Total', value: 'inc_exc_20week_rate', numerator: 'inc_exc_20week_ehc', denominator: 'tot_inc_exc_ehc' },
      { id: 'ehcp-20-weeks-excluding-exceptions', breakdown: 'Total', value: 'no_exc_20week_rate', numerator: 'no_exc_20week_ehc', denominator: 'tot_no_exc_ehc' },
    ],
  },
  {
    name: 'absence bands by SEN and phase (derived)',
    file: 'absence/absence_bands_by_sen_phase_la_derived.csv',
    indicators: ([['persistent-absence-sen', 'Total'], ['persistent-absence-sen-primary', 'State-funded primary'],
      ['persistent-absence-sen-secondary', 'State-funded secondary'], ['persistent-absence-sen-special', 'Special']] as const).map(([id, schoolType]) => ({
      id, where: { school_type: schoolType }, breakdown: { column: 'sen_status' },
      value: 'enrolments_pa_10_percent', numerator: 'enrolments_pa_10', denominator: 'enrolments', derived: true,
    })),
  },
  {
    name: 'exclusions by geographic level, 2006/07 to 2016/17',
    file: 'exclusions/exclusions_by_geographic_level_nat_reg_la_200607_201617.csv',
    // Later years come from LAIT.
    periods: { before: '201516' },
    indicators: ([['suspension-rate', 'fixed_excl_rate', 'fixed_excl'], ['permanent-exclusion-rate', 'perm_excl_rate', 'perm_excl'],
      ['one-or-more-suspensions', 'one_plus_fixed_rate', 'one_plus_fixed']] as const).map(([id, value, numerator]) => ({
      id, breakdown: { column: 'school_type', map: PHASE_OF_SCHOOL_TYPE }, value, numerator, denominator: 'headcount',
    })),
  },
  {
    name: 'exclusions by characteristic (national), 2011/12 to 2016/17',
    file: 'exclusions/exclusions_by_characteristic_national_201112_201617.csv',
    where: { school_type: 'Total' },
    indicators: ([['suspension-rate-sen', 'fixed'], ['permanent-exclusion-rate-sen', 'perm']] as const).map(([id, k]) => ({
      id, where: { characteristic_group: ['Total', 'SEN provision'] }, breakdown: { column: 'characteristic', map: SEN_PROVISION },
      value: `${k}_excl_rate`, numerator: `${k}_excl`, denominator: 'headcount',
    })),
  },
  {
    name: 'AP census: LA-funded placements',
    file: 'alternative_provision/ap_census_la_funded_placements_201718_202223.csv',
    indicators: [{ id: 'ap-la-funded-pupils', where: { gender: 'Total', age: 'Total', ethnicity_minor: 'Total', fsm: 'Total' }, breakdown: 'Total', value: 'number_of_pupils' }],
  },
  {
    name: 'school-arranged AP by setting',
    file: 'alternative_provision/spc_school_arranged_ap_setting_202223.csv',
    indicators: [{ id: 'ap-school-arranged-placements', where: { setting_type: 'Total' }, breakdown: 'Total', value: 'placements' }],
  },
  {
    name: 'PRU absence, autumn and spring terms',
    file: 'absence/absence_2term_pru_la.csv',
    indicators: [
      { id: 'pru-absence', breakdown: 'Total', value: 'sess_overall_percent', numerator: 'sess_overall', denominator: 'sess_possible' },
      { id: 'pru-persistent-absence', breakdown: 'Total', value: 'enrolments_pa_10_exact_percent', numerator: 'enrolments_pa_10_exact', denominator: 'enrolments' },
    ],
  },
  {
    name: 'KS4 destinations (national, provisional)',
    file: 'alternative_provision/ks4_destinations_national_201011_202122_prov.csv',
    version: { column: 'version', map: { Provisional: 'provisional', Revised: 'revised' } },
    indicators: [{
      id: 'ks4-sustained-destination-ap', where: { institution_group: 'Alternative provision', breakdown_topic: 'Total', data_type: 'Percentage' },
      breakdown: { column: 'institution_type' }, value: 'overall',
    }],
  },
];

void EES;

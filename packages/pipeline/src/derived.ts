// Figures the pipeline computes that DfE did not publish: AP placements per 10,000 pupils, so that LAs of
// different sizes compare like with like. Being derived, they get small-number suppression (suppression.ts).
import type { AreaDirectory, IndicatorMeta, Observation } from '@inclusion-dashboard/core';
import { SUPPRESSION_TEXT } from '@inclusion-dashboard/core';
import { EES, meta } from './catalogue';
import type { SourceEntry } from './declare';
import { readEntry } from './read';
import { observation } from './rows';

/**
 * The pupil count: enrolments in state-funded primary, secondary and special schools from the school census,
 * as counted in DfE's pupil absence distributions data (all SEN statuses, all school types). It covers
 * 2016/17 to 2022/23 except 2019/20, the years of the AP census; LAIT carries no total pupil count.
 */
export const PUPILS: SourceEntry = {
  name: 'pupil enrolments (absence distributions)', file: 'absence/absence_bands_by_sen_phase_la_derived.csv', declaredIn: 'packages/pipeline/src/derived.ts',
  indicators: [{ id: 'pupils', where: { school_type: 'Total', sen_status: 'Total' }, breakdown: 'Total', value: 'enrolments' }],
};

export interface DerivedRate {
  id: string;
  /** The indicator whose Total breakdown is counted. */
  count: string;
  per: number;
  meta: Omit<IndicatorMeta, 'id' | 'breaks' | 'notes' | 'coverage' | 'breakdown' | 'suppression' | 'decimals'> & { notes?: string[] };
}

export const DERIVED_RATES: DerivedRate[] = [
  {
    id: 'ap-la-funded-pupils-per-10000', count: 'ap-la-funded-pupils', per: 10_000,
    meta: {
      label: 'Pupils in LA-funded alternative provision per 10,000 pupils', theme: 'ap', unit: 'rate', unitLabel: 'per 10,000 pupils', polarity: 'none',
      definition: 'Pupils in alternative provision placements funded by the local authority (AP census, January), per 10,000 pupil enrolments in the LA\'s state-funded primary, secondary and special schools.',
      source: { publication: 'Schools, pupils and their characteristics; Pupil absence in schools in England', url: `${EES}school-pupils-and-their-characteristics`, files: ['ap_census_la_funded_placements_201718_202223.csv', 'absence_bands_by_sen_phase_la_derived.csv'] },
      latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', denominatorLabel: 'pupil enrolments',
      notes: ['Computed by us: DfE publishes the placements and the pupil numbers, not this rate. The pupil numbers are enrolments from the school census as counted in DfE\'s pupil absence distributions data, which has no 2019/20 figures, so neither does this rate.'],
    },
  },
  {
    id: 'ap-school-arranged-placements-per-10000', count: 'ap-school-arranged-placements', per: 10_000,
    meta: {
      label: 'School-arranged alternative provision placements per 10,000 pupils', theme: 'ap', unit: 'rate', unitLabel: 'per 10,000 pupils', polarity: 'none',
      definition: 'Placements in alternative provision arranged by schools (school census, January), per 10,000 pupil enrolments in the LA\'s state-funded primary, secondary and special schools.',
      source: { publication: 'Schools, pupils and their characteristics; Pupil absence in schools in England', url: `${EES}school-pupils-and-their-characteristics`, files: ['spc_school_arranged_ap_setting_202223.csv', 'absence_bands_by_sen_phase_la_derived.csv'] },
      latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', denominatorLabel: 'pupil enrolments',
      notes: ['Computed by us: DfE publishes the placements and the pupil numbers, not this rate. The pupil numbers are enrolments from the school census as counted in DfE\'s pupil absence distributions data.'],
    },
  },
  {
    id: 'ap-school-arranged-pupils-per-10000', count: 'ap-school-arranged-pupils', per: 10_000,
    meta: {
      label: 'Pupils in school-arranged alternative provision per 10,000 pupils', theme: 'ap', unit: 'rate', unitLabel: 'per 10,000 pupils', polarity: 'none',
      definition: 'Pupils in alternative provision arranged by their school (school census, January), per 10,000 pupil enrolments in the LA\'s state-funded primary, secondary and special schools.',
      source: { publication: 'Schools, pupils and their characteristics; Pupil absence in schools in England', url: `${EES}school-pupils-and-their-characteristics`, files: ['spc_school_arranged_ap_characteristics_202223.csv', 'absence_bands_by_sen_phase_la_derived.csv'] },
      latestRelease: 'Schools, pupils and their characteristics, 2022/23', yearType: 'Academic year (January)', denominatorLabel: 'pupil enrolments',
      notes: ['Computed by us: DfE publishes the pupils in school-arranged alternative provision and the pupil numbers, not this rate. The pupil numbers are enrolments from the school census as counted in DfE\'s pupil absence distributions data.'],
    },
  },
];

/** Each declared rate from the collected counts and the pupil numbers; withheld (c) where the counts are small. */
export function derivedRates(dir: string, areas: AreaDirectory, rows: Map<string, Observation[]>): { meta: IndicatorMeta; rows: Observation[] }[] {
  const pupils = new Map<string, number | null>();
  for (const o of readEntry(dir, PUPILS, areas).byIndicator.get('pupils') ?? []) pupils.set(`${o.areaCode}|${o.period}`, o.value);
  return DERIVED_RATES.map((d) => {
    const out: Observation[] = [];
    for (const o of rows.get(d.count) ?? []) {
      if (o.breakdown !== 'Total') continue;
      const den = pupils.get(`${o.areaCode}|${o.period}`);
      if (den === undefined) continue; // no pupil count that year (2019/20)
      const area = areas.find(o.areaCode)!;
      const num = o.value;
      const value = num === null || den === null || den === 0 ? null : Math.round((num / den) * d.per * 10) / 10;
      out.push(observation(d.id, o.period, area, 'Total',
        value === null ? { value: null, status: o.status ?? 'x' } : { value, status: null },
        num === null ? null : { value: num, status: null }, den === null ? null : { value: den, status: null }, true));
    }
    const { notes = [], ...m } = d.meta;
    return {
      meta: meta({ ...m, id: d.id, decimals: 1, notes, suppression: SUPPRESSION_TEXT, curated: true, breakdown: { dimension: 'Pupils', values: ['Total'], total: 'Total' } }),
      rows: out,
    };
  });
}

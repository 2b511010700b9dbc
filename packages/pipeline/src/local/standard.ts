/**
 * The parts of DfE's open data standard for statistics (the layout Explore Education Statistics takes) that a
 * local extract relies on. See docs/local-extracts.md for the rules in words.
 */

/** Columns every data file has. */
export const TIME_COLUMNS = ['time_period', 'time_identifier'] as const;
export const NATIONAL_COLUMNS = ['geographic_level', 'country_code', 'country_name'] as const;
export const REGIONAL_COLUMNS = ['region_code', 'region_name'] as const;
export const LA_COLUMNS = ['old_la_code', 'new_la_code', 'la_name'] as const;

/** Columns of the standard's other geographic levels, which the meta file must not describe either. */
export const OTHER_GEOGRAPHY_COLUMNS = [
  'lad_code', 'lad_name', 'pcon_code', 'pcon_name', 'ward_code', 'ward_name', 'lsip_code', 'lsip_name', 'local_enterprise_partnership_code',
  'local_enterprise_partnership_name', 'english_devolved_area_code', 'english_devolved_area_name', 'opportunity_area_code',
  'opportunity_area_name', 'school_urn', 'school_laestab', 'school_name', 'trust_id', 'trust_name', 'sponsor_id', 'sponsor_name',
  'provider_ukprn', 'provider_name', 'institution_id', 'institution_name', 'planning_area_code', 'planning_area_name', 'pfa_code', 'pfa_name',
];

export const STANDARD_COLUMNS = new Set<string>([
  ...TIME_COLUMNS, ...NATIONAL_COLUMNS, ...REGIONAL_COLUMNS, ...LA_COLUMNS, ...OTHER_GEOGRAPHY_COLUMNS,
]);

export const GEOGRAPHIC_LEVELS = [
  'National', 'Regional', 'Local authority', 'Local authority district', 'Local skills improvement plan area',
  'Local enterprise partnership', 'English devolved area', 'Mayoral combined authority', 'Opportunity area',
  'Parliamentary constituency', 'Ward', 'MAT', 'Sponsor', 'School', 'Provider', 'Institution', 'Planning area', 'Police force area',
];
/** The levels the dashboards carry; rows at other levels are set aside with a warning. */
export const DASHBOARD_LEVELS = ['National', 'Regional', 'Local authority'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const quarters = (y: string) => [1, 2, 3, 4].map((q) => `${y} Q${q}`);

/** Each time identifier, with the kind of time_period it takes: 6 digits (201819) or 4 (2018). */
type TimeKind = { family: string; digits: 4 | 6 };
const kinds = (names: string[], family: string, digits: 4 | 6): [string, TimeKind][] => names.map((t) => [t, { family, digits }]);

export const TIME_IDENTIFIERS: ReadonlyMap<string, TimeKind> = new Map<string, TimeKind>([
  ...kinds(['Academic year', ...quarters('Academic year')], 'academic year', 6),
  ...kinds(['Autumn term', 'Autumn and spring term', 'Spring term', 'Summer term'], 'term', 6),
  ...kinds(['Financial year', ...quarters('Financial year'), 'Part 1 (April to September)', 'Part 2 (October to March)'], 'financial year', 6),
  ...kinds(['Tax year', ...quarters('Tax year')], 'tax year', 6),
  ...kinds(['Calendar year', ...quarters('Calendar year')], 'calendar year', 4),
  ...kinds(['Reporting year'], 'reporting year', 4),
  ...kinds(MONTHS, 'month', 4),
  ...kinds(Array.from({ length: 53 }, (_, i) => `Week ${i + 1}`), 'week', 4),
]);

/** The meta file's columns; indicator_dp is optional in older files. */
export const META_COLUMNS = ['col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'filter_hint', 'filter_grouping_column'] as const;
export const INDICATOR_UNITS = ['', '%', '£', '£m', 'pp'];

/** Column names: lower-case snake case starting with a letter, as the standard asks. */
export const COLUMN_NAME = /^[a-z][a-z0-9_]*$/;

export const ENGLAND = { code: 'E92000001', name: 'England' };

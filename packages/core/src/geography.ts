/** `Sub-regional` is Inner and Outer London: statistical groupings of London's LAs, never an LA's own region. */
export type GeoLevel = 'National' | 'Regional' | 'Sub-regional' | 'Local authority';

export const GEO_LEVELS: readonly GeoLevel[] = ['National', 'Regional', 'Sub-regional', 'Local authority'];

export const ENGLAND_CODE = 'E92000001';

export type GeoLevel = 'National' | 'Regional' | 'Local authority';

export const GEO_LEVELS: readonly GeoLevel[] = ['National', 'Regional', 'Local authority'];

export const ENGLAND_CODE = 'E92000001';

export * from './status';
export * from './periods';
export * from './indicators';
export * from './geography';
export * from './format';
export * from './suggest';
export * from './suppression';
export { ExtractError, type ExtractErrorCode } from './extract/errors';
export { valueProblem, outOfRange, describeOutOfRange, checkIndicatorMeta, type ValueFlag } from './validate';
export {
  ObservationsExtract, writeObservations, FORMAT_VERSION, META_KEYS,
  type Observation, type ObservationsMeta,
} from './extract/observations';
export { readAreas, writeAreas, readNeighbours, writeNeighbours, type Area, type NeighbourLink } from './extract/areas';
export { AreaDirectory, nameKey } from './area-directory';
export { benchmark, confidenceInterval, changeBlocker, directionOf, type Benchmark, type BenchmarkQuery, type Direction, type Comparison } from './benchmark';
export { atPrecision, meanOf, CrossSection, type AreaValue, type NeighbourGroup } from './analysis/cross-section';
export { BenchmarkError, resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query, type QueryErrorCode } from './analysis/query';
export { ExtractSet, type FoundIndicator } from './extract-set';
export { wilson, funnelLimits, Z95, Z998 } from './stats/wilson';
export { rankOf, bandOf, quantile, goodness, type Band, type Banding } from './stats/rank';
export { describeBenchmark } from './summary';
export { trend, type Trend, type TrendPoint, type TrendSeries, type TrendMarker, type SeriesKey } from './analysis/trend';
export { ranking, type Ranking, type RankingRow } from './analysis/ranking';
export { spine, type Spine, type SpineRow } from './analysis/spine';
export { breakdownComparison, type BreakdownComparison, type BreakdownRow } from './analysis/breakdowns';
export { makeTable, textCell, valueCell, toCsv, sortRows, type TableModel, type TableColumn, type TableCell } from './table';
export { regionsOverview, type RegionsOverview } from './analysis/regions';
export { benchmarkTable, benchmarkRows } from './tables/benchmark-table';
export { regionsTable } from './tables/regions-table';
export { contrast, luminance, over, parseColour, type Rgba } from './contrast';
export { parseCatalogue, findInCatalogue, indicatorFile, INDICATOR_DIR, INDICATOR_ID, CATALOGUE_FORMAT, type Catalogue, type CatalogueIndicator, type CatalogueTheme } from './catalogue';
export { hexLayouts, layoutFor, hexStep, hexCentre, hexColumn, type HexLayout, type HexCell, type HexDirection } from './analysis/hex-grid';
export { mapView, mapTable, describeMap, valueFill, inkOn, BAND_FILL, VALUE_STOPS, NO_VALUE_FILL, type MapView, type MapHex, type MapQuery, type MapColour, type MapLegendItem } from './analysis/map';
export { groupAverage, comparisonGroup, groupSpec, parseAreaList, type GroupSpec, type ComparisonGroup } from './analysis/groups';

export * from './status';
export * from './periods';
export * from './indicators';
export * from './geography';
export * from './format';
export { compareText } from './collate';
export * from './suggest';
export * from './suppression';
export { ExtractError, type ExtractErrorCode } from './extract/errors';
export { LIMITS, type Limit } from './extract/limits';
export { LoadError, UsageError, errorCode, type InclusionErrorCode, type LoadErrorCode, type UsageErrorCode } from './errors';
export { valueProblem, outOfRange, describeOutOfRange, checkIndicatorMeta, type ValueFlag } from './validate';
export {
  ObservationsExtract, FORMAT_VERSION, META_KEYS,
  type Observation, type ObservationsMeta,
} from './extract/observations';
export { latestRows, latestServes } from './extract/latest';
export { readAreas, readAreasAsync, readNeighbours, readNeighboursAsync, type Area, type NeighbourLink } from './extract/areas';
export { AreaDirectory, nameKey } from './area-directory';
export { benchmark, confidenceInterval, changeBlocker, directionOf, type Benchmark, type BenchmarkQuery, type Direction, type Comparison } from './benchmark';
export { atPrecision, meanOf, CrossSection, CROSS_SECTIONS_KEPT, type AreaValue, type NeighbourGroup } from './analysis/cross-section';
export { BenchmarkError, findIndicator, resolveArea, resolveBreakdown, resolveIndicator, resolvePeriod, type Query, type QueryErrorCode } from './analysis/query';
export { ExtractSet, type FoundIndicator } from './extract-set';
export { wilson, funnelLimits, Z95, Z998 } from './stats/wilson';
export { rankOf, rankInSorted, bandOf, quantile, goodness, type Band, type Banding } from './stats/rank';
export { describeBenchmark } from './summary';
export {
  compareWithEngland, sideOf, changeOf, funnelAt, funnelSide, funnelCurves,
  type Verdict, type FunnelSide, type FunnelLimits,
} from './stats/compare';
export { verdictLabel, verdictSentence, VERDICT_RULE } from './describe/verdict';
export { benchmarkSubtitle, tileSubtitle, tileFacts, travelText, type Fact } from './describe/benchmark';
export {
  spineMark, spineHeading, spineSubtitle, spineRank, spineVerdictText, spineDetails, spineCells, spineAnnounce, spinePeriod, describeSpine, spineNotes,
  type SpineMark,
} from './describe/spine';
export { spineTable } from './tables/spine-table';
export {
  FUNNEL_SIDE_TEXT, rankingHeading, rankingSubtitle, describeRanking, rankingNotes, rankingAnnounce, rankingSelectedDetail, rankingAxisTitle,
  rankingMissingLabel,
} from './describe/ranking';
export { rankingTable } from './tables/ranking-table';
export {
  trendPeriods, trendCells, trendMarkerGroups, trendSpan, trendHeading, trendSubtitle, describeTrend, trendNotes, trendPointText,
  trendNoFigures, missingReasons, type TrendCell, type TrendMarkerGroup,
} from './describe/trend';
export { trendTable } from './tables/trend-table';
export { tableSubtitle, describeTable } from './describe/table';
export {
  neighbourName, neighbourAverageName, groupAverageName, groupCount, groupMembers, describeGroup, groupValueSentence,
  describeMarkedGroup, markedName, describeSpineGroup, groupLegendLabel,
} from './describe/group';
export {
  comparisonChoice, comparisonProblem, choosesAnything, markedGroup, MAX_COMPARE_CHARS, MAX_GROUP_LABEL_CHARS,
  type ComparisonAttributes, type ComparisonChoice,
} from './comparison-choice';
export { trend, type Trend, type TrendPoint, type TrendSeries, type TrendMarker, type SeriesKey } from './analysis/trend';
export { ranking, rankingChart, rankingFunnel, type Ranking, type RankingRow, type RankingChart, type RankingMode, type FunnelPoint } from './analysis/ranking';
export {
  spine, spineChart, spineChartOf, spineIds, spineOf, spineRow, DEFAULT_SPINE_INDICATORS, type Spine, type SpineRow, type SpineSkip, type SpineChart,
} from './analysis/spine';
export { breakdownComparison, breakdownChart, type BreakdownComparison, type BreakdownRow, type BreakdownChart } from './analysis/breakdowns';
export { groupLabel, breakdownTitle, breakdownSubtitle, describeBreakdown, breakdownNotes, breakdownPointText } from './describe/breakdown';
export { breakdownTable } from './tables/breakdown-table';
export { makeTable, textCell, valueCell, toCsv, sortRows, type TableModel, type TableColumn, type TableCell } from './table';
export { regionsOverview, type RegionsOverview } from './analysis/regions';
export { benchmarkTable, benchmarkRows } from './tables/benchmark-table';
export { regionsTable } from './tables/regions-table';
export { contrast, luminance, over, parseColour, type Rgba } from './contrast';
export { parseCatalogue, findInCatalogue, indicatorFile, latestFile, INDICATOR_DIR, INDICATOR_ID, CATALOGUE_FORMAT, type Catalogue, type CatalogueIndicator, type CatalogueTheme } from './catalogue';
export { indicatorIndex, searchIndicators, describeSearch, topicOf, byTopic, type IndicatorListing, type IndicatorIndex, type SearchResult } from './indicator-index';
export { attributeProblem, asText, textAttributeProblem, isFetchableUrl, REFERRER_POLICIES, MAX_TIMEOUT_MS, MAX_BYTES_LIMIT, type SharedAttributes } from './attributes';
export { terminalText, terminalBlock, terminalJsonReplacer } from './terminal-text';
export { readPeriod, type PeriodReading } from './period-input';
export { searchArea, placeKey, areaLabel, boundaryNote, successorNote, regionMembers, neighbourModels, neighboursIn, type AreaMatch } from './area-search';
export { compareAreas, type AreaComparison, type CompareRow, type CompareGroup } from './analysis/compare';
export { withLocal, LOCAL_DATA_LABEL } from './local-figures';
export { hexLayouts, layoutFor, hexStep, hexCentre, hexColumn, type HexLayout, type HexCell, type HexDirection } from './analysis/hex-grid';
export { mapTable } from './tables/map-table';
export { describeMap } from './describe/map';
export { qualifierNote } from './describe/qualifiers';
export { periodQualifier, markedPeriod, qualifierKey, rowsQualifierNote, QUALIFIER_MARK } from './describe/period-marks';
export { mapView, valueFill, inkOn, BAND_FILL, VALUE_STOPS, NO_VALUE_FILL, type MapView, type MapHex, type MapQuery, type MapColour, type MapLegendItem } from './analysis/map';
export { groupAverage, comparisonGroup, groupSpec, parseAreaList, type GroupSpec, type ComparisonGroup } from './analysis/groups';
export { figure, hasValue, definite, type Figure, type FigureRow } from './figure';
export { exportScope, exportRows, exportCsv, chartCsv, csvCell, exactNumber, EXPORT_COLUMNS, type ExportRow, type ExportScope } from './csv-export';
export { showingText, dashboardViewText, areaChoiceLabel, sourceLine, distinctSources, sourceGroups, type DashboardView, type SourceGroup } from './view-text';
export { areaChoices, type AreaChoice } from './area-choices';
export { chartCodeFailure, drawFailure, errorDetail, headline, type ErrorContext, type InclusionErrorDetail } from './error-text';

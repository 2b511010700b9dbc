export { buildLocalExtract, type LocalExtract, type LocalOptions, type LocalIndicatorSummary } from './convert';
export { DEFAULT_RULE, describeRule, suppressRate, smallCount, type DisclosureRule } from './disclosure';
export { readRecords, type Problem } from './records';
export { writeLocalExtract } from './write';

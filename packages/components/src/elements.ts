// Every element's tag and class: what define-all registers at once and the one-file embed registers in turns.
// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import './shared/trusted-types';
import { InclusionAreaPicker } from './inclusion-area-picker/inclusion-area-picker';
import { InclusionBenchmark } from './inclusion-benchmark/inclusion-benchmark';
import { InclusionTile } from './inclusion-tile/inclusion-tile';
import { InclusionTrend } from './inclusion-trend/inclusion-trend';
import { InclusionRanking } from './inclusion-ranking/inclusion-ranking';
import { InclusionSpine } from './inclusion-spine/inclusion-spine';
import { InclusionBreakdown } from './inclusion-breakdown/inclusion-breakdown';
import { InclusionTable } from './inclusion-table/inclusion-table';
import { InclusionDashboard } from './inclusion-dashboard/inclusion-dashboard';
import { InclusionMap } from './inclusion-map/inclusion-map';
// The tag names' types (HTMLElementTagNameMap), which the define files declare.
import type {} from './inclusion-dashboard/define';
import type {} from './inclusion-map/define';

/** In the order they have always been defined: the dashboard's parts before the dashboard. */
export const ELEMENTS: readonly (readonly [string, CustomElementConstructor])[] = [
  ['inclusion-area-picker', InclusionAreaPicker],
  ['inclusion-benchmark', InclusionBenchmark],
  ['inclusion-tile', InclusionTile],
  ['inclusion-trend', InclusionTrend],
  ['inclusion-ranking', InclusionRanking],
  ['inclusion-spine', InclusionSpine],
  ['inclusion-breakdown', InclusionBreakdown],
  ['inclusion-table', InclusionTable],
  ['inclusion-dashboard', InclusionDashboard],
  ['inclusion-map', InclusionMap],
];

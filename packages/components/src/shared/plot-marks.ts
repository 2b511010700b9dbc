// The parts of Observable Plot the charts draw with: what `import()` of this module brings (shared/plot-code.ts),
// so the bundle holds these and what they need, not the whole library; and our reading of its scales, which only a
// drawing needs, so a tile or map never loads it.
export { areaY, barX, dot, line, lineY, link, plot, rect, rectX, ruleX, ruleY, text } from '@observablehq/plot';
export { scaleOf } from './plot-scales';

// The parts of Observable Plot the charts draw with: what `import()` of this module brings (shared/plot-code.ts),
// so the bundle holds these and what they need, not the whole library.
export { areaY, barX, dot, line, lineY, link, plot, rect, rectX, ruleX, ruleY, text } from '@observablehq/plot';

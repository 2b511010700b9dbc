/** Plot's figure exposes its scales; these read positions back so keyboard focus can find each mark. */
interface PlotScale {
  apply(v: unknown): number;
  bandwidth?: number;
}

type PlotFigure = (SVGSVGElement | HTMLElement) & { scale(name: string): PlotScale | undefined };

export function scaleOf(node: SVGSVGElement | HTMLElement, name: 'x' | 'y' | 'fx' | 'fy'): (v: unknown) => number {
  const s = (node as PlotFigure).scale(name);
  if (!s) return () => 0;
  const half = (s.bandwidth ?? 0) / 2;
  return (v) => s.apply(v) + half;
}

/** Line height for 14px chart text, in px. */
export const LINE = 18;

/**
 * Measures 14px text in the host's own font and spacing (a reader's text-spacing style included), so labels wrap
 * where they will really run out of room.
 */
export function measurer(host: Element, weight: 'normal' | 'bold' = 'normal'): (s: string) => number {
  const where = host.shadowRoot?.querySelector('.chart') ?? host;
  const cs = getComputedStyle(where);
  const family = cs.fontFamily || 'arial, sans-serif';
  const letter = parseFloat(cs.letterSpacing) || 0;
  const word = parseFloat(cs.wordSpacing) || 0;
  const extra = (s: string) => letter * s.length + word * (s.split(' ').length - 1);
  const font = `${weight} 14px ${family}`;
  const measure = fontMeasurer(font, weight === 'bold' ? 8.2 : 7.6);
  // Kept as returned (spacing in, rounded up), so a word measured again is one lookup.
  const known = widths(`${font}|${letter}|${word}`);
  return (s) => {
    let w = known.get(s);
    if (w === undefined) known.set(s, (w = Math.ceil(measure(s) + extra(s))));
    return w;
  };
}

/**
 * Measures text in a CSS font ("700 20px arial, sans-serif") on the page's one canvas, with a little slack for
 * hinting differences between canvas and SVG text; `perChar` px a character where there is no canvas.
 */
export function fontMeasurer(font: string, perChar: number): (s: string) => number {
  const ctx = context();
  if (!ctx) return (s) => s.length * perChar;
  const known = widths(font);
  return (s) => {
    let w = known.get(s);
    if (w === undefined) {
      // The canvas reports its font normalised, so the last one set is remembered instead.
      if (lastFont !== font) ctx.font = lastFont = font;
      known.set(s, (w = ctx.measureText(s).width * 1.04));
    }
    return w;
  };
}

/**
 * Widths already measured, by font and spacing: wrapping measures each line as it grows, and a spine of every indicator
 * measured the same notes' lines row after row (310 ms of a 640 ms task at 4x CPU). Emptied when it grows large.
 */
const measured = new Map<string, Map<string, number>>();
function widths(font: string): Map<string, number> {
  let m = measured.get(font);
  if (!m || m.size > 20_000) measured.set(font, (m = new Map()));
  return m;
}

/** One canvas for every measurement on the page: making a 2D context per chart cost about 1 ms each. */
let shared: CanvasRenderingContext2D | null | undefined;
let lastFont = '';
function context(): CanvasRenderingContext2D | null {
  if (shared === undefined) shared = document.createElement('canvas').getContext('2d');
  return shared;
}

/** How far inside the line a sum of word widths must stay to be trusted without measuring the whole line. */
const SURE = 2;

/**
 * Greedy word wrap at ordinary spaces (a no-break space keeps "band D" together). Words are never cut or dropped:
 * a word wider than the line gets a line of its own. Each word is measured alone (remembered across labels) and a
 * line's width first guessed as their sum; only a line near or past the edge is measured whole, since every
 * longer line is a new string to measure (a spine of every indicator spent 300 ms of a task at 4x CPU on them).
 */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  let line = '';
  let guess = 0;
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const w = measure(word);
    if (!line) {
      line = word;
      guess = w;
      continue;
    }
    const next = `${line} ${word}`;
    if (guess + space + w <= width - SURE || measure(next) <= width) {
      line = next;
      guess += space + w;
    } else {
      lines.push(line);
      line = word;
      guess = w;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The default text size: chart text is 14px against it, and grows with the reader's own. */
export const BASE_TEXT_PX = 16;
/** No chart is laid out narrower than this, however large the text. */
const MIN_LAYOUT = 240;

/** How much larger than the default the reader's text (`fontPx`) is, 1 at the default, for a chart `width` wide. */
export function textScale(fontPx: number, width: number): number {
  return Math.max(1, Math.min(fontPx / BASE_TEXT_PX, width / MIN_LAYOUT));
}

/** The width a chart `width` wide is laid out for, to be drawn scaled up by `textScale`. */
export function layoutWidth(width: number, fontPx: number): number {
  return Math.round(width / textScale(fontPx, width));
}

/** Draws an SVG laid out at 1/scale of its width at full width: its viewBox keeps its own units. */
export function scaleDrawing(node: SVGSVGElement | HTMLElement, scale: number): void {
  const svg = node instanceof SVGSVGElement ? node : node.querySelector('svg');
  if (!svg) return;
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  if (!w || !h) return;
  if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(Math.round(w * scale)));
  svg.setAttribute('height', String(Math.round(h * scale)));
}

/**
 * WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio between two of them (1 to 21).
 * Used by the palette test and by the browser tests that read computed colours, so it parses the forms
 * browsers return (`rgb()`, `rgba()`, `color(srgb …)`) as well as hex.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 to 1. */
  a: number;
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)`, `rgba(…)` or `color(srgb r g b / a)`; null for anything else (`none`, keywords). */
export function parseColour(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s);
  if (fn) {
    const parts = fn[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const [r, g, b] = parts.slice(0, 3).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p)));
    const a = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    return [r, g, b, a].some(Number.isNaN) ? null : { r, g, b, a };
  }
  const srgb = /^color\(srgb\s+([^)]*)\)$/.exec(s);
  if (srgb) {
    const parts = srgb[1].split(/[\s/]+/).filter(Boolean).map(parseFloat);
    if (parts.length < 3 || parts.some(Number.isNaN)) return null;
    return { r: parts[0] * 255, g: parts[1] * 255, b: parts[2] * 255, a: parts[3] ?? 1 };
  }
  return null;
}

/** `fg` painted with extra `opacity` over an opaque `bg`: what the eye gets. */
export function over(fg: Rgba, bg: Rgba, opacity = 1): Rgba {
  const a = Math.max(0, Math.min(1, fg.a * opacity));
  const mix = (f: number, b: number) => f * a + b * (1 - a);
  return { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance(c: Rgba): number {
  const ch = (v: number) => {
    const s = Math.max(0, Math.min(255, v)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
}

/** The WCAG contrast ratio between two colours (hex or CSS strings, or parsed); a translucent colour is laid over the other. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const pa = typeof a === 'string' ? parseColour(a) : a;
  const pb = typeof b === 'string' ? parseColour(b) : b;
  if (!pa || !pb) throw new Error(`Not a colour: ${!pa ? String(a) : String(b)}`);
  const back = over(pb, { r: 255, g: 255, b: 255, a: 1 });
  const front = over(pa, back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The dashboard's view as URL query parameters, so a view can be shared and survives a reload. */
export interface ViewState {
  mode: 'la' | 'national';
  area: string;
  theme: string;
  indicator: string;
  /** The comparisons chosen: named LAs, a comparator group and its name (the charts' attributes). */
  compare?: string;
  group?: string;
  groupLabel?: string;
}

/** The view's keys: what the URL keeps, and whose change is announced. */
export const VIEW_KEYS: readonly (keyof ViewState)[] = ['mode', 'area', 'theme', 'indicator', 'compare', 'group', 'groupLabel'];
/** The URL's names for the view's keys: the attributes' names, so `?group-label=…` reads as the attribute does. */
const PARAM: Partial<Record<keyof ViewState, string>> = { groupLabel: 'group-label' };
const param = (k: keyof ViewState) => PARAM[k] ?? k;

export function readState(search: string, fallback: ViewState): ViewState {
  const q = new URLSearchParams(search);
  const s = { ...fallback };
  for (const k of VIEW_KEYS) {
    const v = q.get(param(k));
    if (v) (s as Record<string, string>)[k] = v;
  }
  if (s.mode !== 'national') s.mode = 'la';
  return s;
}

/** Keeps other parameters the host page uses; replaces history so Back still leaves the page. */
export function writeState(s: ViewState, loc: Location = location, hist: History = history): void {
  const q = new URLSearchParams(loc.search);
  for (const k of VIEW_KEYS) {
    const v = s[k];
    if (v) q.set(param(k), v);
    else q.delete(param(k));
  }
  const next = `${loc.pathname}?${q.toString()}${loc.hash}`;
  if (next !== `${loc.pathname}${loc.search}${loc.hash}`) hist.replaceState(hist.state, '', next);
}

/** The query string for a view, e.g. `?mode=la&area=E08000006&theme=ehcp`, for links to other views. */
export function viewSearch(s: ViewState): string {
  const q = new URLSearchParams();
  for (const k of VIEW_KEYS) {
    const v = s[k];
    if (v) q.set(param(k), v);
  }
  return `?${q.toString()}`;
}

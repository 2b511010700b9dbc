import type { AreaDirectory } from './area-directory';
import { compareText } from './collate';
import { areaChoiceLabel } from './view-text';

/** One LA as a picker offers it. */
export interface AreaChoice {
  value: string;
  label: string;
  /** Shown small after the label, and searched: "E08000006, 355". */
  hint: string;
  /** Searched but not shown: other spellings and former codes. */
  keys: string[];
}

/**
 * The LAs a reader can choose, by name: live ones, and former ones that have successors to point to. Made once per
 * directory by its caller: a page renders its picker many times.
 */
export function areaChoices(dir: AreaDirectory): AreaChoice[] {
  return dir.localAuthorities()
    .filter((a) => a.live || a.successors.length)
    .map((a) => ({ value: a.code, label: areaChoiceLabel(a), hint: `${a.code}, ${a.laCode}`, keys: [...a.aliases, ...a.formerCodes] }))
    .sort((a, b) => compareText(a.label, b.label));
}

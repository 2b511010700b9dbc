import {
  LoadError, comparisonChoice, comparisonProblem, type ComparisonChoice, type ExtractSet,
} from '@inclusion-dashboard/core';
import type { PropertyDeclarations } from 'lit';
import type { FigureElement } from './figure-element';
import type { Loaded } from './controllers/load-controller';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T> = abstract new (...args: any[]) => T;

/** The attributes of an element that shows comparisons the reader chooses. */
export interface ComparisonHost {
  /** Named LAs to compare with: names, ONS codes or LA numbers, separated by commas, or by spaces. */
  compare: string;
  /** `region`, `neighbours`, `neighbours-2021` or `neighbours-2025`. */
  group: string;
  /** The chosen group's name, e.g. "Greater Manchester". */
  groupLabel: string;
  /** The choice the attributes make, checked against the data (a `bad-attribute` error if it cannot be). */
  comparison(set: ExtractSet): ComparisonChoice;
}

/**
 * Adds `compare`, `group` and `group-label` to a figure: declared here once rather than in the shared shell,
 * read through core's `comparisonChoice` so every element checks them the same way, and a change reloads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function Comparisons<T extends FigureElement<any>>(Base: Ctor<T> & Omit<typeof FigureElement, 'prototype'>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  abstract class WithComparisons extends (Base as unknown as Ctor<FigureElement<any>> & Omit<typeof FigureElement, 'prototype'>) implements ComparisonHost {
    static properties: PropertyDeclarations = {
      compare: {},
      group: {},
      groupLabel: { attribute: 'group-label' },
    };

    declare compare: string;
    declare group: string;
    declare groupLabel: string;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.compare = '';
      this.group = '';
      this.groupLabel = '';
      this.reloadOn = [...this.reloadOn, 'compare', 'group', 'groupLabel'];
    }

    /** What needs no data is checked before any is fetched. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    protected override async fetchModel(signal: AbortSignal): Promise<Loaded<any>> {
      const problem = comparisonProblem(this.attrs());
      if (problem) throw new LoadError('bad-attribute', problem);
      return super.fetchModel(signal);
    }

    comparison(set: ExtractSet): ComparisonChoice {
      return comparisonChoice(set.areas, this.attrs());
    }

    private attrs() {
      return { compare: this.compare ?? '', group: this.group ?? '', groupLabel: this.groupLabel ?? '' };
    }
  }
  // Typed as the base plus the public attributes, so declarations need not name the protected members.
  return WithComparisons as unknown as Ctor<T & ComparisonHost> & Omit<typeof FigureElement, 'prototype'>;
}

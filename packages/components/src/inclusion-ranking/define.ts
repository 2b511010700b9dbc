// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/trusted-types';
import { InclusionRanking } from './inclusion-ranking';

// Loading the bundle twice must not throw.
defineElement('inclusion-ranking', InclusionRanking);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-ranking': InclusionRanking;
  }
}

// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionRanking } from './inclusion-ranking';

defineElement('inclusion-ranking', InclusionRanking);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-ranking': InclusionRanking;
  }
}

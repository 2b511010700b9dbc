// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionTile } from './inclusion-tile';

defineElement('inclusion-tile', InclusionTile);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-tile': InclusionTile;
  }
}

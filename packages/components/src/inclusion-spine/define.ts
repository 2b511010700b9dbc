// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionSpine } from './inclusion-spine';

defineElement('inclusion-spine', InclusionSpine);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-spine': InclusionSpine;
  }
}

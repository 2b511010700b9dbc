// First: it must run before Lit makes its Trusted Types policy (see trusted-types.ts).
import { defineElement } from '../shared/define-element';
import { InclusionAreaPicker } from './inclusion-area-picker';

defineElement('inclusion-area-picker', InclusionAreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-area-picker': InclusionAreaPicker;
  }
}

import { InclusionAreaPicker } from './inclusion-area-picker';

if (!customElements.get('inclusion-area-picker')) customElements.define('inclusion-area-picker', InclusionAreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-area-picker': InclusionAreaPicker;
  }
}

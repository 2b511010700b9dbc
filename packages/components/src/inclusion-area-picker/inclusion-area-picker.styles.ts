import { css } from 'lit';

export const pickerStyles = css`
  :host { display: block; position: relative; max-width: 30em; }
  label { display: block; font-weight: 700; margin-bottom: 5px; }
  .hint { display: block; color: var(--inclusion-secondary-text); margin-bottom: 5px; }
  input {
    font: inherit; width: 100%; min-height: 40px; padding: 5px; border: 2px solid var(--inclusion-text);
    border-radius: 0; background: var(--inclusion-background); color: var(--inclusion-text);
  }
  input:focus { outline: 3px solid var(--inclusion-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--inclusion-text); }
  ul {
    list-style: none; margin: 0; padding: 0; border: 2px solid var(--inclusion-text); border-top: 0;
    max-height: 18em; overflow-y: auto; background: var(--inclusion-background);
    position: absolute; left: 0; right: 0; z-index: 1;
  }
  li { padding: 8px; min-height: 24px; cursor: pointer; border-bottom: 1px solid var(--inclusion-border); }
  li .code { color: var(--inclusion-secondary-text); font-size: 0.875rem; }
  li[aria-selected='true'] { background: var(--inclusion-link); color: #fff; outline: 3px solid transparent; }
  li[aria-selected='true'] .code { color: #fff; }
  li.none { cursor: default; color: var(--inclusion-secondary-text); }
  @media (forced-colors: active) { li[aria-selected='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; } }
`;

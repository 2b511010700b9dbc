import { css } from 'lit';

/** GOV.UK typography and colour, set through custom properties a host page can override. */
export const baseStyles = css`
  :host {
    --inclusion-font: 'GDS Transport', arial, sans-serif;
    --inclusion-text: #0b0c0c;
    --inclusion-secondary-text: #505a5f;
    --inclusion-background: #ffffff;
    --inclusion-border: #b1b4b6;
    --inclusion-link: #1d70b8;
    --inclusion-focus: #ffdd00;
    --inclusion-selected: #12436d;
    --inclusion-comparator: #898e92;
    --inclusion-space: 15px;
    /*
     * WCAG 1.4.12 paragraph spacing. A reader's text-spacing style sheet on the page ("p { margin-bottom: 2em }")
     * cannot match paragraphs inside a shadow root, but its line height (1.5) does reach them, by inheritance. So a
     * paragraph here takes 2em below it whenever its line height is 1.5 or more (1lh - 1.45em is then positive),
     * or whatever a page or user style sets as --inclusion-paragraph-spacing; otherwise its usual margin.
     */
    --inclusion-paragraph-gap: max(var(--inclusion-paragraph-spacing, 0px), min(2em, (1lh - 1.45em) * 100));
    /* A page's own rules beat :host unless these are important: a CMS theme's "* { all: unset }" would make the
       element inline (so unmeasured) and pass its fonts and colours inside. Theme through the properties above.
       Line height, letter and word spacing stay the page's to set: readers' text-spacing overrides (WCAG 1.4.12)
       reach inside only by inheritance, and an important :host rule would beat theirs. */
    display: block !important;
    box-sizing: border-box !important;
    font-family: var(--inclusion-font) !important;
    font-size: 1rem !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
    color: var(--inclusion-text) !important;
    background: var(--inclusion-background) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    white-space: normal !important;
    line-height: 1.3;
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) { display: none !important; }
  *, *::before, *::after { box-sizing: inherit; }
  figure { margin: 0; }
  .title { font-size: 1.1875rem; font-weight: 700; margin: 0 0 max(5px, var(--inclusion-paragraph-gap)); }
  .subtitle, .source, .notes { color: var(--inclusion-secondary-text); margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .source, .notes { font-size: 0.875rem; }
  .headline { margin: 0 0 max(var(--inclusion-space), var(--inclusion-paragraph-gap)); }
  .big { font-size: 2.25rem; font-weight: 700; display: block; }
  a { color: var(--inclusion-link); }
  a:focus, summary:focus, button:focus, [tabindex]:focus {
    outline: 3px solid transparent;
    background-color: var(--inclusion-focus);
    box-shadow: 0 -2px var(--inclusion-focus), 0 4px var(--inclusion-text);
    color: var(--inclusion-text);
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
    padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
  table { border-collapse: collapse; width: 100%; font-size: 1rem; }
  caption { text-align: left; font-weight: 700; padding-bottom: 5px; }
  th, td { text-align: left; padding: 10px 20px 10px 0; border-bottom: 1px solid var(--inclusion-border); vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  details summary { color: var(--inclusion-link); cursor: pointer; text-decoration: underline; min-height: 24px; }
  .error { border-left: 5px solid #d4351c; padding: 10px 15px; }
  .error strong { color: #d4351c; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;

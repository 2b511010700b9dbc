import { css } from 'lit';

export const dashboardStyles = css`
  :host { display: block; }
  .controls { display: flex; flex-wrap: wrap; gap: 20px 30px; align-items: start; margin: 0 0 20px; }
  .controls inclusion-area-picker { flex: 1 1 18em; }
  fieldset { border: 0; padding: 0; margin: 0; }
  legend { font-weight: 700; margin-bottom: 5px; }
  .radios { display: flex; gap: 15px; flex-wrap: wrap; }
  .radios label { display: inline-flex; align-items: center; gap: 6px; min-height: 24px; cursor: pointer; }
  .radios input { width: 24px; height: 24px; margin: 0; accent-color: var(--inclusion-text); }
  select { font: inherit; min-height: 40px; padding: 5px; border: 2px solid var(--inclusion-text); background: var(--inclusion-background); color: var(--inclusion-text); max-width: 100%; }
  select:focus, .radios input:focus-visible { outline: 3px solid var(--inclusion-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--inclusion-text); }
  /* Themes: a list of links down the page when narrow (as GOV.UK tabs are on a phone), one row of equal tabs when wide. */
  nav { container-type: inline-size; margin: 0 0 20px; }
  nav ul { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--inclusion-border); }
  nav li { border-bottom: 1px solid var(--inclusion-border); border-left: 5px solid transparent; padding: 8px 10px; }
  nav li:has(a[aria-current='page']) { border-left-color: var(--inclusion-link); }
  nav a { font-weight: 700; color: var(--inclusion-link); }
  nav a[aria-current='page'] { color: var(--inclusion-text); text-decoration: none; }
  @container (min-width: 40rem) {
    nav ul { display: flex; border-top: 0; border-bottom: 1px solid var(--inclusion-border); }
    nav li { flex: 1 1 auto; display: flex; align-items: flex-end; justify-content: center; text-align: center; border: 0; border-bottom: 5px solid transparent; padding: 10px 6px 6px; }
    nav li:has(a[aria-current='page']) { border-bottom-color: var(--inclusion-link); }
  }
  nav a:focus { outline: 3px solid transparent; background: var(--inclusion-focus); box-shadow: 0 -2px var(--inclusion-focus), 0 4px var(--inclusion-text); color: var(--inclusion-text); }
  .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr)); gap: 30px; margin: 0 0 30px; }
  .section { margin: 0 0 40px; }
  .section > * + * { margin-top: 40px; }
  .h { font-weight: 700; margin: 0 0 max(15px, var(--inclusion-paragraph-gap)); }
  .h2 { font-size: 1.5rem; }
  .h3 { font-size: 1.1875rem; }
  .indicator-select label { display: block; }
  /* A set width: sized to its longest option, a list of 500 indicators costs a layout of every label (40 ms unthrottled). */
  .indicator-select select { width: 100%; }
  .search { margin: 0 0 30px; }
  .search label { display: block; }
  .search input { font: inherit; min-height: 40px; width: min(100%, 30em); box-sizing: border-box; padding: 5px; border: 2px solid var(--inclusion-text); background: var(--inclusion-background); color: var(--inclusion-text); }
  .search input:focus { outline: 3px solid var(--inclusion-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--inclusion-text); }
  .search .count { margin: 5px 0 max(10px, var(--inclusion-paragraph-gap)); color: var(--inclusion-secondary-text); }
  .search .topic { margin: 15px 0 max(5px, var(--inclusion-paragraph-gap)); }
  .search ul.results { margin: 0; padding-left: 20px; }
  .search ul.results li { margin: 5px 0; }
  .search a { color: var(--inclusion-link); }
  .search a:focus { outline: 3px solid transparent; background: var(--inclusion-focus); box-shadow: 0 4px var(--inclusion-text); color: var(--inclusion-text); text-decoration: none; }
  fieldset.compare { flex: 1 1 min(100%, 18em); min-width: 0; }
  .compare select { width: min(100%, 30em); }
  .compare p { margin: 0 0 10px; }
  .compare label, .compare .hint, .compare .problem { display: block; }
  .compare .hint { color: var(--inclusion-secondary-text); }
  .compare .problem { color: var(--inclusion-error, #d4351c); font-weight: 700; }
  .compare input { font: inherit; min-height: 40px; width: min(100%, 30em); box-sizing: border-box; padding: 5px; border: 2px solid var(--inclusion-text); background: var(--inclusion-background); color: var(--inclusion-text); }
  .compare input[aria-invalid='true'] { border-color: var(--inclusion-error, #d4351c); }
  .compare input:focus { outline: 3px solid var(--inclusion-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--inclusion-text); }
  dl.definitions dt { font-weight: 700; margin-top: 10px; }
  dl.definitions dd { margin: 0; }
`;

/**
 * Government Analysis Function colours. The selected area is dark blue; comparators are grey or
 * distinct hues, and every series is also told apart by a label, so colour is never the only signal.
 */
export const AF = {
  darkBlue: '#12436D',
  turquoise: '#28A197',
  darkPink: '#801650',
  orange: '#F46A25',
  darkGrey: '#3D3D3D',
  lightPurple: '#A285D1',
} as const;

export const GOVUK = {
  text: '#0b0c0c',
  secondaryText: '#505a5f',
  midGrey: '#b1b4b6',
  border: '#b1b4b6',
  focus: '#ffdd00',
  link: '#1d70b8',
  white: '#ffffff',
} as const;

/**
 * The selected area is dark blue; comparators a grey chosen to keep 3:1 contrast against both white and the
 * dark blue (3.31:1 and 3.10:1), so neighbouring marks stay distinguishable without colour vision.
 */
export const SERIES = {
  selected: AF.darkBlue,
  comparator: '#898e92',
} as const;

// Storybook controls every chart element shares; each story adds or overrides its own.
export const EXTRACTS = ['data/ehcp.arrow', 'data/attendance.arrow', 'data/exclusions.arrow', 'data/ap.arrow', 'data/context.arrow'];

export const chartArgTypes = {
  src: { control: 'select' as const, options: EXTRACTS, description: 'URL of an observations extract (Arrow IPC file)' },
  indicator: { control: 'text' as const, description: 'Indicator id or LAIT code in that extract' },
  area: { control: 'text' as const, description: 'ONS code, 3-digit LA number or name' },
  period: { control: 'text' as const, description: 'Optional: 201819, 2018/19 or 2022; the latest by default' },
  breakdown: { control: 'text' as const, description: 'Optional breakdown value, e.g. Primary' },
};

// The comparisons a reader chooses (`compare`, `group`, `group-label`), shared by the stories of every element that shows them.
export const comparisonArgTypes = {
  compare: { control: 'text' as const, description: 'Optional LAs to compare with: names, ONS codes or LA numbers, separated by commas or spaces' },
  group: {
    control: 'select' as const, options: ['', 'region', 'neighbours', 'neighbours-2021', 'neighbours-2025'],
    description: 'Optional comparator group: the region\'s other LAs, or a statistical-neighbour model',
  },
  groupLabel: { control: 'text' as const, name: 'group-label', description: 'Optional name for the chosen group, e.g. Greater Manchester' },
};

export interface ComparisonArgs {
  compare: string;
  group: string;
  groupLabel: string;
}

export const noComparison: ComparisonArgs = { compare: '', group: '', groupLabel: '' };

/** Greater Manchester's ten LAs, for the stories. */
export const GREATER_MANCHESTER = 'Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford, Wigan';

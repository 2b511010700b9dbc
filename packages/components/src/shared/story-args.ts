// Storybook controls every chart element shares; each story adds or overrides its own.
export const EXTRACTS = ['data/ehcp.arrow', 'data/attendance.arrow', 'data/exclusions.arrow', 'data/ap.arrow', 'data/context.arrow'];

export const chartArgTypes = {
  src: { control: 'select' as const, options: EXTRACTS, description: 'URL of an observations extract (Arrow IPC file)' },
  indicator: { control: 'text' as const, description: 'Indicator id or LAIT code in that extract' },
  area: { control: 'text' as const, description: 'ONS code, 3-digit LA number or name' },
  period: { control: 'text' as const, description: 'Optional: 201819, 2018/19 or 2022; the latest by default' },
  breakdown: { control: 'text' as const, description: 'Optional breakdown value, e.g. Primary' },
};

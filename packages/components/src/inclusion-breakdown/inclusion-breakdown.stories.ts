import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import { chartArgTypes } from '../shared/story-args';

interface Args {
  src: string;
  indicator: string;
  area: string;
  period: string;
  intervals: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/inclusion-breakdown',
  component: 'inclusion-breakdown',
  tags: ['autodocs'],
  argTypes: {
    src: chartArgTypes.src,
    indicator: { control: 'text', description: 'Indicator id with a breakdown, e.g. persistent-absence-sen, suspension-rate' },
    area: { control: 'text', description: 'ONS code, 3-digit LA number or name; England when empty' },
    period: chartArgTypes.period,
    intervals: { control: 'boolean', description: 'Draw 95% confidence interval whiskers where the counts are published' },
  },

  args: { src: 'data/attendance.arrow', indicator: 'persistent-absence-sen', area: 'Salford', period: '', intervals: false },
  render: (a) => html`<inclusion-breakdown src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} ?intervals=${a.intervals}></inclusion-breakdown>`,
  parameters: {
    docs: {
      description: {
        component: 'One indicator split by its breakdown (phase, SEN status or SEN provision): the LA\'s bar (dark blue) beside England\'s (grey) for each group, with the values written on the bars, a summary of the highest and lowest groups, a table and the source. Real DfE data from the bundled sample extracts.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const SuspensionsBySenProvision: Story = {
  name: 'Suspensions for pupils with EHC plans against England (England only)',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate-sen', area: '', period: '2016/17' },
};
export const PersistentAbsenceBySen: Story = {
  name: 'Persistent absence by SEN status, Salford',
  args: { intervals: true },
};
export const PersistentAbsenceByPhase: Story = {
  name: 'Persistent absence by phase, Salford',
  args: { indicator: 'persistent-absence' },
};
export const CumbriaSuspensionsByPhase: Story = {
  name: 'Suspensions by phase, Cumbria 2018/19',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: '909', period: '2018/19' },
};

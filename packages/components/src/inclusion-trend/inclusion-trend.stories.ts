import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import { comparisonArgTypes, noComparison, GREATER_MANCHESTER, type ComparisonArgs } from '../shared/story-args';
import { chartArgTypes } from '../shared/story-args';

interface Args extends ComparisonArgs {
  src: string;
  indicator: string;
  area: string;
  period: string;
  breakdown: string;
  years: number;
  intervals: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/inclusion-trend',
  component: 'inclusion-trend',
  tags: ['autodocs'],
  argTypes: {
    ...comparisonArgTypes,
    ...chartArgTypes,
    period: { control: 'text', description: 'Optional last period: 201819, 2018/19 or 2022; the latest by default' },
    years: { control: { type: 'range', min: 2, max: 18, step: 1 }, description: 'How many years to show (default 10)' },
    intervals: { control: 'boolean', description: 'Shade the LA\'s 95% confidence interval where it is known' },
  },

  args: { ...noComparison, src: 'data/attendance.arrow', indicator: 'persistent-absence', area: 'Salford', period: '', breakdown: '', years: 10, intervals: false },
  render: (a) => html`<inclusion-trend src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} breakdown=${a.breakdown}
    years=${a.years} ?intervals=${a.intervals} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-trend>`,
  parameters: {
    docs: {
      description: {
        component: 'Up to 10 years of an LA\'s figures beside its statistical neighbours\' average, its region and England. Missing years are gaps, series breaks and boundary changes are marked, and the LA\'s 95% confidence interval can be shaded. Real DfE data from the bundled sample extracts.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const PersistentAbsence: Story = { name: 'Salford persistent absence (no 2019/20 figures)' };
export const EhcpWithIntervals: Story = {
  name: 'Salford EHC plans within 20 weeks, with intervals',
  args: { src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', intervals: true },
};
export const CumbriaSuspensions: Story = {
  name: 'Cumbria suspension rate (ends 2022/23)',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: '909' },
};
export const WestmorlandAndFurness: Story = {
  name: 'Westmorland and Furness (from 2023/24)',
  args: { area: 'Westmorland and Furness' },
};
export const SecondarySuspensions: Story = {
  name: 'Salford suspensions, secondary phase',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', breakdown: 'Secondary' },
};
export const AllSuppressed: Story = {
  name: 'Isles of Scilly: every figure suppressed',
  args: { src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Isles of Scilly' },
};
export const GreaterManchester: Story = { name: 'With Greater Manchester\'s average', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester' } };
export const RegionGroup: Story = { name: 'With the other LAs in its region', args: { group: 'region' } };

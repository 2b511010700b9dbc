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
}

const meta: Meta<Args> = {
  title: 'Elements/inclusion-benchmark',
  component: 'inclusion-benchmark',
  tags: ['autodocs'],
  argTypes: { ...chartArgTypes, ...comparisonArgTypes },

  args: { ...noComparison, src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '', breakdown: '' },
  render: (a) => html`<inclusion-benchmark src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} breakdown=${a.breakdown} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-benchmark>`,
  parameters: {
    docs: {
      description: {
        component: 'An LA\'s value beside the average of its 10 statistical neighbours, its region and England, with the figures in text, a data table and the source. Real DfE data from the bundled sample extracts.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const EhcpTimeliness: Story = {};
export const PersistentAbsence: Story = { args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', area: 'E08000006' } };
export const SuspensionsSecondary: Story = { args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: 'Salford', breakdown: 'Secondary' } };
export const PredecessorAuthority: Story = {
  name: 'Cumbria before 2023',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: '909', period: '2018/19' },
};
export const SuppressedValue: Story = { args: { area: 'Isles of Scilly', period: '2024' } };
export const GreaterManchester: Story = {
  name: 'Against Greater Manchester (compare, group-label)',
  args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester', period: '2024' },
};
export const Neighbours2021: Story = { name: 'Against the 2021-model neighbours', args: { group: 'neighbours-2021' } };
export const RegionGroup: Story = { name: 'Against the other LAs in its region', args: { group: 'region' } };

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
  region: string;
  mode: 'ranking' | 'funnel';
}

const meta: Meta<Args> = {
  title: 'Elements/inclusion-ranking',
  component: 'inclusion-ranking',
  tags: ['autodocs'],
  argTypes: {
    ...comparisonArgTypes,
    ...chartArgTypes,
    area: { control: 'text', description: 'Optional LA to highlight: ONS code, 3-digit LA number or name' },
    region: { control: 'text', description: 'Optional region code or name: show only its LAs (ranks stay national)' },
    mode: { control: 'inline-radio', options: ['ranking', 'funnel'], description: 'Ranked dot strip, or funnel plot where counts are published' },
  },
  args: { ...noComparison, src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '', breakdown: '', region: '', mode: 'ranking' },
  render: (a) => html`<inclusion-ranking src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} breakdown=${a.breakdown}
    region=${a.region} mode=${a.mode} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-ranking>`,
  parameters: {
    docs: {
      description: {
        component: 'Every local authority ranked best to worst for one indicator and period, with quartile bands, England and the selected LA marked; or a funnel plot of value against denominator with 95% and 99.8% control limits. Real DfE data from the bundled sample extracts.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const EhcpTimeliness: Story = {};
export const PersistentAbsenceNorthWest: Story = {
  name: 'Persistent absence, North West only',
  args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', area: 'Salford', region: 'North West' },
};
export const FunnelEhcp: Story = { name: 'Funnel plot, EHC plans 2024', args: { mode: 'funnel', period: '2024' } };
export const PredecessorAuthority: Story = {
  name: 'Cumbria before 2023',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: '909', period: '2018/19' },
};
export const NationalView: Story = { name: 'No area selected', args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', area: '' } };
export const SuppressedValue: Story = { name: 'Selected LA suppressed', args: { area: 'Isles of Scilly', period: '2024' } };
export const FunnelUnavailable: Story = {
  name: 'Funnel asked for, counts not published',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: 'Salford', mode: 'funnel' },
};
export const NoPolarity: Story = { name: 'No better or worse (EHC plan rate)', args: { src: 'data/context.arrow', indicator: 'ehcp-rate' } };
export const GreaterManchester: Story = { name: 'Greater Manchester marked', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester', period: '2024' } };
export const Neighbours2021: Story = { name: 'Salford\'s 2021-model neighbours marked', args: { group: 'neighbours-2021' } };

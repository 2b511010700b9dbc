import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import { comparisonArgTypes, noComparison, GREATER_MANCHESTER, type ComparisonArgs } from '../shared/story-args';

interface Args extends ComparisonArgs {
  src: string;
  area: string;
  indicators: string;
  period: string;
}

const ALL = 'data/attendance.arrow data/exclusions.arrow data/ap.arrow data/ehcp.arrow data/context.arrow';

const meta: Meta<Args> = {
  title: 'Elements/inclusion-spine',
  component: 'inclusion-spine',
  tags: ['autodocs'],
  argTypes: {
    ...comparisonArgTypes,
    src: { control: 'text', description: 'URLs of observations extracts, space-separated; read as one set' },
    area: { control: 'text', description: 'ONS code, 3-digit LA number or name of a local authority' },
    indicators: { control: 'text', description: 'Indicator ids or LAIT codes, space-separated; a default set across themes when empty' },
    period: { control: 'text', description: 'Optional period for every indicator; the latest for each by default' },
  },
  args: { ...noComparison, src: ALL, area: 'Salford', indicators: '', period: '' },
  render: (a) => html`<inclusion-spine src=${a.src} area=${a.area} indicators=${a.indicators} period=${a.period} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-spine>`,
  parameters: {
    docs: {
      description: {
        component: 'A spine chart: many indicators for one LA, each against the worst and best LA, the middle half of LAs and England, with right always better. Period, value, England and rank are written on every row; the summary counts the best and worst quarters. Real DfE data from the bundled sample extracts.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const SalfordAcrossThemes: Story = { name: 'Salford across themes' };
export const WestmorlandAndFurness: Story = {
  name: 'Westmorland and Furness (no PRU figures)',
  args: { area: 'Westmorland and Furness' },
};
export const CumbriaBeforeReorganisation: Story = {
  name: 'Cumbria, abolished in 2023',
  args: { area: '909' },
};
export const ChosenIndicators: Story = {
  name: 'Chosen indicators by LAIT code',
  args: { area: 'E08000006', indicators: 'TotPerAbNew SecFixedEx SEN_EHC_All_20wks ehcp-rate' },
};
export const SuppressedValues: Story = {
  name: 'Isles of Scilly (suppressed EHC plan figures)',
  args: { area: 'Isles of Scilly' },
};
export const GreaterManchester: Story = { name: 'Against Greater Manchester\'s average', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester' } };
export const Neighbours2021: Story = { name: 'Against the 2021-model neighbours\' average', args: { group: 'neighbours-2021' } };

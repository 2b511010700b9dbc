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
  colour: 'band' | 'value';
  neighbourModel: '' | '2021' | '2025';
}

const meta: Meta<Args> = {
  title: 'Elements/inclusion-map',
  component: 'inclusion-map',
  tags: ['autodocs'],
  argTypes: {
    ...comparisonArgTypes,
    ...chartArgTypes,
    area: { control: 'text', description: 'Optional LA to outline, with its statistical neighbours: ONS code, 3-digit LA number or name' },
    period: { control: 'text', description: 'Optional: 201819, 2018/19 or 2022; the latest by default. Picks the boundaries: before 2019, 2019, 2021 or 2023' },
    colour: { control: 'inline-radio', options: ['band', 'value'], description: 'Quartile bands (A best, letter in each hex) or a sequential scale by value' },
    neighbourModel: { control: 'inline-radio', options: ['', '2021', '2025'], description: 'Statistical-neighbour model to outline; the newest when empty' },
  },
  args: { ...noComparison, src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '', breakdown: '', colour: 'band', neighbourModel: '' },
  render: (a) => html`<inclusion-map src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} breakdown=${a.breakdown}
    colour=${a.colour} neighbour-model=${a.neighbourModel} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-map>`,
  parameters: {
    docs: {
      description: {
        component: "A hexagon cartogram of England's local authorities, one equal hexagon each, for the boundaries of the period shown: coloured by quartile band (A best, the letter in each hexagon) or by value, with the selected LA and its statistical neighbours outlined, a key and England's figure. Arrow keys move to the neighbouring hexagon in that direction. Layout adapted from Open Innovations' hexmap (MIT). Real DfE data from the bundled sample extracts.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Three indicators on the current (2023) boundaries. */
export const EhcpTimeliness: Story = { name: 'EHC plans in 20 weeks, 2024 (2023 boundaries)' };
export const PersistentAbsence: Story = {
  name: 'Persistent absence, 2024/25, Westmorland and Furness',
  args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', area: 'Westmorland and Furness' },
};
export const SuspensionRate: Story = {
  name: 'Suspension rate, 2023/24, by value',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: 'Salford', colour: 'value' },
};
/** Three earlier boundary sets. */
export const Boundaries2021: Story = {
  name: '2021 boundaries: Cumbria, North and West Northamptonshire (2022/23)',
  args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', area: 'Cumbria', period: '2022/23' },
};
export const Boundaries2019: Story = {
  name: '2019 boundaries: Bournemouth, Christchurch and Poole (2020/21)',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: 'Bournemouth, Christchurch and Poole', period: '2020/21' },
};
export const BoundariesBefore2019: Story = {
  name: 'Before 2019: Bournemouth, Poole and Dorset (2018/19)',
  args: { src: 'data/exclusions.arrow', indicator: 'suspension-rate', area: 'Poole', period: '2018/19' },
};
export const Neighbours2021: Story = { name: 'Salford with its 2021-model neighbours', args: { neighbourModel: '2021' } };
export const NoPolarity: Story = { name: 'No better or worse (EHC plan rate), by value', args: { src: 'data/context.arrow', indicator: 'ehcp-rate', area: '' } };
export const NationalView: Story = { name: 'No area selected', args: { area: '' } };
export const GreaterManchester: Story = { name: 'Greater Manchester outlined', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester', area: '' } };
export const RegionGroup: Story = { name: 'Salford\'s region outlined', args: { group: 'region' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import { comparisonArgTypes, noComparison, GREATER_MANCHESTER, type ComparisonArgs } from '../shared/story-args';
import { chartArgTypes } from '../shared/story-args';

interface Args extends ComparisonArgs { src: string; indicator: string; area: string; period: string; breakdown: string }

const meta: Meta<Args> = {
  title: 'Elements/inclusion-tile',
  component: 'inclusion-tile',
  tags: ['autodocs'],
  argTypes: { ...chartArgTypes, ...comparisonArgTypes },

  args: { ...noComparison, src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', area: 'Salford', period: '', breakdown: '' },
  render: (a) => html`<div style="max-width: 22em"><inclusion-tile src=${a.src} indicator=${a.indicator} area=${a.area} period=${a.period} breakdown=${a.breakdown} compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-tile></div>`,
  parameters: { docs: { description: { component: 'Headline tile: the latest value with England, region and neighbours in text, direction of travel judged by polarity (arrow and word), quartile band and rank. Nothing depends on colour.' } } },
};
export default meta;
type Story = StoryObj<Args>;

export const EhcpTimeliness: Story = {};
export const PersistentAbsence: Story = { args: { src: 'data/attendance.arrow', indicator: 'persistent-absence' } };
export const AcrossASeriesBreak: Story = { args: { src: 'data/attendance.arrow', indicator: 'persistent-absence', period: '2020/21' } };
export const Suppressed: Story = { args: { area: 'Isles of Scilly', period: '2024' } };
export const NoPolarity: Story = { args: { src: 'data/context.arrow', indicator: 'ehcp-rate' } };
export const GreaterManchester: Story = { name: 'With Greater Manchester\'s average', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester' } };
export const Neighbours2021: Story = { name: 'With the 2021-model neighbours', args: { group: 'neighbours-2021' } };

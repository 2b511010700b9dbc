import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import '../inclusion-trend/define';
import { chartArgTypes } from '../shared/story-args';

interface Args { src: string; indicator: string; period: string; breakdown: string }

const meta: Meta<Args> = {
  title: 'Elements/inclusion-table',
  component: 'inclusion-table',
  tags: ['autodocs'],
  argTypes: { src: chartArgTypes.src, indicator: chartArgTypes.indicator, period: chartArgTypes.period, breakdown: chartArgTypes.breakdown },

  args: { src: 'data/ehcp.arrow', indicator: 'ehcp-20-weeks', period: '', breakdown: '' },
  render: (a) => html`<inclusion-table view="regions" src=${a.src} indicator=${a.indicator} period=${a.period} breakdown=${a.breakdown}></inclusion-table>`,
  parameters: { docs: { description: { component: 'The numbers behind any chart (`for="chart-id"`), or England and the regions (`view="regions"`): sortable, with status symbols, a key and CSV download.' } } },
};
export default meta;
type Story = StoryObj<Args>;

export const Regions: Story = {};
export const FollowingATrendChart: Story = {
  render: () => html`
    <inclusion-trend id="trend-for-table" src="data/attendance.arrow" indicator="persistent-absence" area="Salford"></inclusion-trend>
    <inclusion-table for="trend-for-table"></inclusion-table>`,
};

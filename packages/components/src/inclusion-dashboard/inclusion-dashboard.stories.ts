import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';
import { comparisonArgTypes, noComparison, GREATER_MANCHESTER, type ComparisonArgs } from '../shared/story-args';

interface Args extends ComparisonArgs { area: string; mode: string; theme: string; indicator: string }
const SRC = 'data/attendance.arrow data/exclusions.arrow data/ap.arrow data/ehcp.arrow data/context.arrow';

const meta: Meta<Args> = {
  title: 'Elements/inclusion-dashboard',
  component: 'inclusion-dashboard',
  tags: ['autodocs'],
  argTypes: {
    area: { control: 'text', description: 'LA: ONS code, number or name' },
    mode: { control: 'inline-radio', options: ['la', 'national'] },
    theme: { control: 'select', options: ['overview', 'attendance', 'exclusions', 'ap', 'ehcp', 'context'] },
    indicator: { control: 'text' },
    ...comparisonArgTypes,
  },
  args: { ...noComparison, area: 'E08000006', mode: 'la', theme: 'ehcp', indicator: '' },
  render: (a) => html`<inclusion-dashboard url-state="off" src=${SRC} area=${a.area} mode=${a.mode} theme=${a.theme} indicator=${a.indicator}
    compare=${a.compare} group=${a.group} group-label=${a.groupLabel}></inclusion-dashboard>`,
  parameters: { docs: { description: { component: 'The composite dashboard: LA picker, theme sections with every chart, definitions from the extract metadata, and (on a page) the view kept in the URL. National mode shows England, the regions and all LAs.' } } },
};
export default meta;
type Story = StoryObj<Args>;
export const Salford: Story = {};
export const CumbriaBefore2023: Story = { args: { area: '909', theme: 'exclusions' } };
export const WestmorlandAndFurnessAfter: Story = { args: { area: '943', theme: 'attendance' } };
export const National: Story = { args: { mode: 'national', theme: 'ehcp' } };
export const GreaterManchester: Story = { name: 'Salford against Greater Manchester', args: { compare: GREATER_MANCHESTER, groupLabel: 'Greater Manchester' } };
export const Neighbours2021: Story = { name: 'Salford against its 2021-model neighbours', args: { group: 'neighbours-2021' } };

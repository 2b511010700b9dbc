import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define';

interface Args { label: string; hint: string; value: string }

const OPTIONS = [
  { value: 'E08000006', label: 'Salford', hint: 'E08000006, 355' },
  { value: 'E08000003', label: 'Manchester', hint: 'E08000003, 352' },
  { value: 'E10000006', label: 'Cumbria (until 2023)', hint: 'E10000006, 909' },
  { value: 'E06000063', label: 'Cumberland', hint: 'E06000063, 942' },
  { value: 'E06000064', label: 'Westmorland and Furness', hint: 'E06000064, 943' },
  { value: 'E10000016', label: 'Kent', hint: 'E10000016, 886' },
];

const meta: Meta<Args> = {
  title: 'Elements/inclusion-area-picker',
  component: 'inclusion-area-picker',
  tags: ['autodocs'],
  argTypes: { label: { control: 'text' }, hint: { control: 'text' }, value: { control: 'select', options: OPTIONS.map((o) => o.value) } },
  args: { label: 'Local authority', hint: 'Type a name, an ONS code or an LA number', value: 'E08000006' },
  render: (a) => html`<inclusion-area-picker .options=${OPTIONS} label=${a.label} hint=${a.hint} value=${a.value}></inclusion-area-picker>`,
  parameters: { docs: { description: { component: 'A searchable picker following the ARIA 1.2 combobox pattern: type to filter by name or code, arrow keys to move, Enter to choose, Escape to close. The dashboard fills it with every LA in the extract.' } } },
};
export default meta;
export const Default: StoryObj<Args> = {};

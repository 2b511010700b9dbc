import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: { controls: { expanded: true } },
  tags: ['autodocs'],
};
export default preview;

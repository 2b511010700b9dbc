// Vue 3, runtime-only build: App.vue's template is compiled at build time (see build-examples.mjs), because the
// runtime compiler needs 'unsafe-eval', which a strict Content-Security-Policy forbids.
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

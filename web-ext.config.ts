import { defineWebExtConfig } from 'wxt';

// `wxt` dev must not try to open a browser on a headless machine.
export default defineWebExtConfig({ disabled: true });

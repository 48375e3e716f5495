import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Handlers arrive with later issues (pack updates, reports).
});

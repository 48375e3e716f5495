import { defineConfig } from 'wxt';

// Auto-imports are off so that every dependency is a visible import line that the
// boundary lint rules in eslint.config.js can check.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Staff Social Guard',
    description:
      "Checks your posts and messages against your setting's social media policy before you send them. Drafts never leave your device.",
    // storage: settings, the pack, the outbox; alarms: checking a pack link every few hours and
    // retrying reports; contextMenus: "Report to safeguarding lead" on selected text; activeTab: a
    // screenshot of the tab, only when the person starts a report from that menu (no install warning).
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab'],
    // Chrome and Edge read an administrator's pack address and trusted keys through this schema;
    // Firefox takes the same keys from its "3rdparty" enterprise policy.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'staff-social-guard@staffsocialguard.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

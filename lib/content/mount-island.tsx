import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * Mounts a React tree in an open shadow root at the end of <body>. The entrypoint's CSS
 * (`cssInjectionMode: 'ui'`) goes inside the shadow root, so neither side can restyle the other.
 * The root is unmounted when the content script context is invalidated.
 */
export async function mountIsland(
  ctx: ContentScriptContext,
  name: string,
  node: ReactNode,
): Promise<ShadowRootContentScriptUi<Root>> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      // React discourages rendering straight into a <body>, which is what the container is.
      const wrapper = document.createElement('div');
      container.append(wrapper);
      const root = createRoot(wrapper);
      root.render(node);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}

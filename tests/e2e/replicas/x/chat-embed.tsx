// X Chat is a separate bundle that renders inside an OPEN shadow root hosted by
// `[data-testid="xchatEmbedRoute"]` (shared/notes/sites.md §0.1, §1.4 and pitfall P1). We do the
// same: a second React root, created on a container inside the shadow root so React's event
// delegation happens there. Document CSS does not reach it, so it carries its own styles.
import { useEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ChatApp } from './chat-panel';

const SHADOW_CSS = `
  .flex { display: flex; } .flex-col { flex-direction: column; } .gap-2 { gap: 8px; }
  .justify-start { justify-content: flex-start; } .justify-end { justify-content: flex-end; }
  .bg-chat-accent { background: #1d9bf0; color: #fff; } .bg-gray-50 { background: #f7f9f9; }
  .rounded { border-radius: 16px; padding: 6px 12px; } .text-subtext { color: #536471; font-size: 12px; }
  textarea { width: 320px; }
`;

export function XChatEmbed({ chatId }: { chatId: string | null }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<Root | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    const container = document.createElement('div');
    shadow.replaceChildren(style, container);
    const root = createRoot(container);
    rootRef.current = root;
    return () => {
      rootRef.current = null;
      // Unmounting a root while the outer root is committing warns; do it just after.
      setTimeout(() => root.unmount(), 0);
    };
  }, []);

  useEffect(() => {
    rootRef.current?.render(<ChatApp chatId={chatId} />);
  }, [chatId]);

  return (
    <>
      <div data-testid="xchatEmbedRoute" ref={hostRef} />
      <div data-testid="xchatEmbedOverlays" />
    </>
  );
}

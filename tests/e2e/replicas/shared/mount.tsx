// Starts a replica: marks this document load with a random id (so specs can prove that in-app
// navigation did not reload the page) and renders the app into #mount.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

export function mountReplica(app: ReactNode): void {
  window.__pageId ??= Math.random().toString(36).slice(2);
  const mount = document.getElementById('mount');
  if (mount) createRoot(mount).render(app);
}

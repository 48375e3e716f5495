import { labelsFor } from './labels.ts';
import type { RecipientSource, SurfaceDef } from './site.ts';

/**
 * The name of the person a private message goes to, read from the conversation around the editor
 * (its document, or X Chat's shadow root). Null when the page does not show one.
 */
export function readRecipient(editor: Element, surface: SurfaceDef, lang: string): string | null {
  const root = editor.getRootNode() as Document | ShadowRoot;
  for (const source of surface.recipient ?? []) {
    for (const element of Array.from(root.querySelectorAll(source.css))) {
      const name = clean(readSource(element, source, lang));
      if (name) return name;
    }
  }
  return null;
}

function readSource(element: Element, source: RecipientSource, lang: string): string | null {
  const raw =
    source.from === 'aria-label'
      ? element.getAttribute('aria-label')
      : source.from === 'handle'
        ? handleOf(element.getAttribute('href'))
        : element.textContent;
  if (!raw || !source.prefixes) return raw;
  const prefix = source.prefixes.flatMap((key) => labelsFor(key, lang)).find((p) => raw.startsWith(p));
  return prefix ? raw.slice(prefix.length) : null;
}

// X handles: 1-15 letters, digits and underscores (sites.md §1.4).
function handleOf(href: string | null): string | null {
  const match = /^(?:https?:\/\/[^/]+)?\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '');
  return match?.[1] ? `@${match[1]}` : null;
}

// Zero-width and bidi marks break comparisons (sites.md §5 P5); Marketplace threads read
// "<buyer> · <listing>".
function clean(name: string | null): string | null {
  const text = name
    ?.replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '')
    .split(' · ')[0]
    ?.trim();
  return text ? text.slice(0, 300) : null;
}

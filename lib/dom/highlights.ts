// Flagged words are drawn with the CSS Custom Highlight API: the browser paints them from Range
// objects, so nothing is ever inserted into the site's editor (sites.md §5 P11). Chrome 105+,
// Edge 105+ and Firefox 140+ have it, which covers every browser we support (Firefox 142+); where
// it is missing, we draw nothing inline and the badge and the dialog still show the findings.
const NAME = 'staff-social-guard-flag';
const STYLE_ID = 'staff-social-guard-highlight-style';
const CSS_TEXT = `::highlight(${NAME}) { background-color: rgba(255, 183, 0, 0.35); text-decoration: underline wavy #b45309; }`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(doc: Document): HighlightRegistry | undefined {
  const css = doc.defaultView?.CSS as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights;
}

/** Paints the given ranges as flagged, replacing what was painted before. */
export function paintHighlights(doc: Document, ranges: readonly Range[]): void {
  const highlights = registry(doc);
  const Highlight = (doc.defaultView as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!highlights || !Highlight) return;
  if (ranges.length === 0) {
    highlights.delete(NAME);
    return;
  }
  ensureStyle(doc);
  highlights.set(NAME, new Highlight(...ranges));
}

// ::highlight() rules apply from the document's own style sheets only, so this one small rule,
// scoped to our highlight's name, goes in the page's <head>.
function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
}

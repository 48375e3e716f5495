// Fields the replica pages expose for the e2e specs to read.
interface Window {
  /** Texts the Facebook replica's Post button published, in order (kept for smoke.spec.ts). */
  __posted?: string[];
  /** Every send a replica surface's own submit handler performed, in order. */
  __sent?: { surface: string; text: string }[];
  /** A random id set once per document load: unchanged across in-app (pushState) navigation. */
  __pageId?: string;
}

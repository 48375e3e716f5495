// Fields the replica pages expose for the e2e specs to read.
interface Window {
  /** Texts the replica's Post button published, in order. */
  __posted?: string[];
}

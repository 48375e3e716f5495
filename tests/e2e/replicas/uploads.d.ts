// What the replicas' own upload handlers received, for the photo specs to compare with what they
// attached (tests/e2e/replicas/shared/uploads.tsx).
interface Window {
  __uploads?: { surface: string; name: string; size: number; type: string; sha256: string }[];
}

import { defaultRules } from '../../pack/default-rules.ts';
import type { Acknowledgement, PackState } from '../../protocol/pack-schemas.ts';

// Builders for the staff section's tests: full defaults, override what matters.

export const FINGERPRINT = '3f2a9c1b07de55a0c4d2e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7';

export const clausesOf = (rules = defaultRules): PackState['active']['clauses'] =>
  Object.entries(rules).map(([category, rule]) => ({
    category,
    id: rule.clause.id,
    text: rule.clause.text,
    severity: rule.severity,
    message: rule.message,
  }));

/** The built-in pack, nothing imported, nothing refused. */
export function builtinState(overrides: Partial<PackState> = {}): PackState {
  return {
    active: {
      id: 'ashleys-house-default',
      version: 1,
      issuer: 'Staff Social Guard (built-in default)',
      setting: "Ashley's House",
      source: 'builtin',
      fingerprint: null,
      installedAt: null,
      clauses: clausesOf(),
    },
    trust: null,
    subscription: null,
    managed: false,
    lastRefusal: null,
    acknowledged: true,
    ...overrides,
  };
}

/** Little Acorns' pack at `version`, imported from a file and not yet confirmed. */
export function importedState(version: number, overrides: Partial<PackState> = {}): PackState {
  return {
    ...builtinState(),
    active: {
      id: 'little-acorns',
      version,
      issuer: 'Dipaley Patel',
      setting: 'Little Acorns Nursery',
      source: 'file',
      fingerprint: FINGERPRINT,
      installedAt: new Date(2026, 10, 25, 9, 30).getTime(),
      clauses: clausesOf(),
    },
    trust: { fingerprints: [FINGERPRINT], acceptedAt: new Date(2026, 10, 25, 9, 30).getTime() },
    acknowledged: false,
    ...overrides,
  };
}

export const makeAck = (overrides: Partial<Acknowledgement> = {}): Acknowledgement => ({
  packId: 'little-acorns',
  version: 4,
  setting: 'Little Acorns Nursery',
  fingerprint: FINGERPRINT,
  at: new Date(2026, 10, 25, 14, 5).getTime(),
  ...overrides,
});

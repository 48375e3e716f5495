import type { GuardStatus, HistorySummary, StoredEvent } from '../../lib/protocol/schemas.ts';
import type { PopupProps } from './popup.tsx';

// Builders for the popup's tests: full defaults, override what matters.

export const NOW = new Date(2026, 10, 25, 14, 5).getTime();

export const makeStatus = (overrides: Partial<GuardStatus> = {}): GuardStatus => ({
  pausedUntil: null,
  pack: { id: 'oakfield', version: 3, issuer: 'Sam Patel', setting: 'Oakfield Nursery' },
  packError: null,
  ...overrides,
});

export const makeEvent = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 1,
  at: NOW,
  platform: 'facebook',
  surface: 'facebook.post',
  categories: ['work-comment'],
  ruleIds: ['work-comment'],
  choice: 'edited',
  ...overrides,
});

export const makeHistory = (
  recent: StoredEvent[] = [],
  byChoice: Record<string, number> = {},
): HistorySummary => ({
  today: {
    total: Object.values(byChoice).reduce((sum, n) => sum + n, 0),
    byChoice: { edited: 0, 'sent-anyway': 0, blocked: 0, 'confirmed-anyway': 0, cancelled: 0, ...byChoice },
    byPlatform: { facebook: 0, instagram: 0, x: 0 },
  },
  recent,
});

export const makeProps = (overrides: Partial<PopupProps> = {}): PopupProps => ({
  platform: 'facebook',
  status: makeStatus(),
  history: makeHistory(),
  error: null,
  busy: false,
  now: NOW,
  onPause: () => undefined,
  onResume: () => undefined,
  onClear: () => undefined,
  ...overrides,
});

import type { WxtBrowser as Browser } from 'wxt/browser';
import { defaultProfile, makePack } from '../pack/default-pack.ts';
import type { RulePack } from '../pack/schema.ts';
import type { ReportInput } from '../safeguarding/record.ts';
import { PACK_KEY } from './active-pack.ts';
import type { StorageAreaLike } from './pauses.ts';

// Builders for the report handlers' tests: an invented setting, a message, a fake storage area,
// alarms and a fetch that records what it was sent.

export const NOW = new Date(2026, 10, 25, 14, 5).getTime();
export const HOOK = 'https://reports.oakfield.example/hook';

export const reportPack = (reports: RulePack['reports'] = { webhookUrl: HOOK }): RulePack => {
  const pack = makePack(
    {
      ...defaultProfile,
      setting: { ...defaultProfile.setting, name: 'Oakfield Nursery' },
      people: { ...defaultProfile.people, manager: 'Sam Patel', safeguardingLead: 'Morgan Price' },
    },
    { id: 'oakfield', version: 3, issuer: 'Sam Patel' },
  );
  return { ...pack, reports };
};

export const reportInput = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  words: 'Can you send me photos of the other children from today? Keep it between us.',
  senderName: 'Jane Smith',
  senderProfile: 'https://www.facebook.com/jane.smith.1984',
  platform: 'facebook',
  where: 'https://www.facebook.com/messages/t/2001',
  shownTime: '14:02',
  seenAt: NOW - 60_000,
  category: 'inappropriate-request',
  whatHappened: 'A parent asked me privately for photos of other children.',
  replied: 'no',
  ...overrides,
});

/** A storage area holding `pack` (as JSON, the way storage keeps it); each call is a fresh area. */
export function packArea(pack: RulePack | null): StorageAreaLike & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = pack
    ? { [PACK_KEY]: JSON.parse(JSON.stringify(pack)) as unknown }
    : {};
  return {
    items,
    get: (key) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
    set: (more) => {
      Object.assign(items, more);
      return Promise.resolve();
    },
  };
}

/** `browser.alarms` as far as delivery uses it, keeping the one alarm's time. */
export function fakeAlarms() {
  const state: { when: number | null } = { when: null };
  const alarms = {
    create: (_name: string, info: { when: number }) => {
      state.when = info.when;
      return Promise.resolve();
    },
    clear: () => {
      state.when = null;
      return Promise.resolve(true);
    },
  };
  return { state, alarms: alarms as unknown as Pick<Browser['alarms'], 'create' | 'clear'> };
}

export interface Posted {
  url: string;
  init: RequestInit;
  body: { record: Record<string, unknown> } & Record<string, unknown>;
  key: string;
}

type Answer = (init: RequestInit) => Promise<Response> | Response;

/**
 * A fetch that records each request and answers with the next of `answers` (the last one repeats).
 * An answer that throws stands for a network error; `hang` waits for the request's signal.
 */
export function fakeFetch(...answers: Answer[]) {
  const posted: Posted[] = [];
  let inFlight = 0;
  let most = 0;
  const fetcher = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    posted.push({
      url: input instanceof Request ? input.url : input.toString(),
      init,
      body: JSON.parse(typeof init.body === 'string' ? init.body : 'null') as Posted['body'],
      key: headers.get('Idempotency-Key') ?? '',
    });
    const answer = answers[Math.min(posted.length - 1, answers.length - 1)];
    inFlight += 1;
    most = Math.max(most, inFlight);
    try {
      if (!answer) throw new Error('no answer');
      return await answer(init);
    } finally {
      inFlight -= 1;
    }
  };
  return { fetcher, posted, mostAtOnce: () => most };
}

export const status =
  (code: number): Answer =>
  () =>
    new Response(code === 204 ? null : 'ok', { status: code });
export const networkError: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

/** Never answers; rejects as fetch does when the request's signal aborts (our time limit). */
export const hang: Answer = ({ signal }) =>
  new Promise<Response>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });

/** Answers when the test says so. */
export function deferred(): { answer: Answer; resolve: (response: Response) => void } {
  let resolve: (response: Response) => void = () => undefined;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { answer: () => promise, resolve };
}

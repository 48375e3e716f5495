import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PACK } from '../../tests/builders.ts';
import type { SenderInfo } from '../messaging/dispatch.ts';
import type { PhotoReport } from '../photo/report.ts';
import { forgetActivePack } from './active-pack.ts';
import { makePhotoHandlers } from './photo-handlers.ts';
import { makePhotoHostLauncher } from './photo-host-launcher.ts';
import { packArea } from './report-test-data.ts';

const SENDER: SenderInfo = { id: 'ext', url: 'https://x.com/home', tab: { id: 42 } };
const PHOTO = {
  photoId: 'p1',
  name: 'beach.jpg',
  type: 'image/jpeg',
  dataUrl: 'data:image/jpeg;base64,/9j/',
};
const REPORT: PhotoReport = {
  width: 40,
  height: 30,
  findings: [
    {
      kind: 'location',
      category: 'setting-name',
      severity: 'warn',
      message: 'This photo records where it was taken.',
      clause: { id: 'staff-1', text: 'Not to name the setting they work at' },
    },
  ],
  checks: [{ kind: 'location', state: 'done', ms: 3 }],
};

beforeEach(() => forgetActivePack());

function setup(hostAnswer: unknown) {
  const sent: unknown[] = [];
  const runtime = {
    getURL: (p: string) => `chrome-extension://ext${p}`,
    sendMessage: vi.fn((message: unknown) => {
      sent.push(message);
      return Promise.resolve(hostAnswer);
    }),
  };
  const tabs = { sendMessage: vi.fn(() => Promise.resolve(undefined)) };
  const host = { ensure: vi.fn(() => Promise.resolve()) };
  const handlers = makePhotoHandlers({ area: packArea(PACK), runtime, tabs, host });
  return { handlers, sent, tabs, host };
}

describe('checkPhoto', () => {
  it('starts the host, sends it the photo, the pack in force and the tab, and returns its report', async () => {
    const { handlers, sent, host } = setup({ report: REPORT });
    await expect(handlers.checkPhoto(PHOTO, SENDER)).resolves.toEqual(REPORT);
    expect(host.ensure).toHaveBeenCalledOnce();
    expect(sent).toEqual([
      {
        target: 'photo-host',
        name: 'runPhotoChecks',
        data: { photo: PHOTO, packText: JSON.stringify(PACK), tabId: 42 },
      },
    ]);
  });

  it('passes on why the host could not check the photo', async () => {
    const { handlers } = setup({ error: 'this file is not an image the browser can read', notAnImage: true });
    await expect(handlers.checkPhoto(PHOTO, SENDER)).rejects.toThrow('not an image');
  });

  it('refuses an answer it does not understand rather than calling the photo clean', async () => {
    const { handlers } = setup({ report: { findings: 'none' } });
    await expect(handlers.checkPhoto(PHOTO, SENDER)).rejects.toThrow('does not understand');
    const silent = setup(undefined);
    await expect(silent.handlers.checkPhoto(PHOTO, SENDER)).rejects.toThrow('does not understand');
  });
});

describe('photoProgress', () => {
  it('passes the host’s progress to the tab that attached the photo', async () => {
    const { handlers, tabs } = setup(undefined);
    const progress = { photoId: 'p1', done: 2, total: 4, stage: 'looking for people' };
    await expect(handlers.photoProgress({ tabId: 42, progress }, {})).resolves.toEqual({ ok: true });
    expect(tabs.sendMessage).toHaveBeenCalledWith(42, { name: 'photoProgress', progress });
  });
});

describe('makePhotoHostLauncher', () => {
  it('makes the offscreen document once and waits until it answers', async () => {
    let listening = false;
    const offscreen = {
      hasDocument: vi.fn(() => Promise.resolve(listening)),
      createDocument: vi.fn(() => {
        setTimeout(() => (listening = true), 150);
        return Promise.resolve();
      }),
    };
    const runtime = {
      getURL: (p: string) => p,
      sendMessage: vi.fn(() => Promise.resolve(listening ? { ready: true } : undefined)),
    };
    const launcher = makePhotoHostLauncher(runtime, offscreen);
    await Promise.all([launcher.ensure(), launcher.ensure()]);
    expect(offscreen.createDocument).toHaveBeenCalledOnce();
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'photo-host.html', reasons: ['WORKERS'] }),
    );
    expect(listening).toBe(true);
  });

  it('reuses a document that already exists', async () => {
    const offscreen = {
      hasDocument: () => Promise.resolve(true),
      createDocument: vi.fn(() => Promise.resolve()),
    };
    const runtime = { getURL: (p: string) => p, sendMessage: () => Promise.resolve({ ready: true }) };
    await makePhotoHostLauncher(runtime, offscreen).ensure();
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('tries again on the next photo when making the document failed', async () => {
    const offscreen = {
      hasDocument: () => Promise.resolve(false),
      createDocument: vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined),
    };
    const runtime = { getURL: (p: string) => p, sendMessage: () => Promise.resolve({ ready: true }) };
    const launcher = makePhotoHostLauncher(runtime, offscreen);
    await expect(launcher.ensure()).rejects.toThrow('boom');
    await expect(launcher.ensure()).resolves.toBeUndefined();
  });
});

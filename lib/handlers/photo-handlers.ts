import type { Handlers } from '../messaging/dispatch.ts';
import { PHOTO_HOST_TARGET } from '../photo/host-messages.ts';
import { photoReportSchema } from '../photo/report.ts';
import { PHOTO_PROGRESS_MESSAGE } from '../protocol/page-messages.ts';
import { loadActivePack } from './active-pack.ts';
import type { StorageAreaLike } from './pauses.ts';
import type { HostRuntime, PhotoHostLauncher } from './photo-host-launcher.ts';

export interface PhotoDeps {
  area: StorageAreaLike;
  runtime: HostRuntime;
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  host: PhotoHostLauncher;
}

/**
 * checkPhoto: hands a photo from a tab to the photo host, with the pack in force, and returns its
 * report. photoProgress: passes the host's progress back to that tab. The photo itself is never
 * stored or sent anywhere else.
 */
export function makePhotoHandlers({
  area,
  runtime,
  tabs,
  host,
}: PhotoDeps): Pick<Handlers, 'checkPhoto' | 'photoProgress'> {
  return {
    checkPhoto: async (photo, sender) => {
      await host.ensure();
      const { pack } = await loadActivePack(area);
      const answer = await runtime.sendMessage({
        target: PHOTO_HOST_TARGET,
        name: 'runPhotoChecks',
        data: { photo, packText: JSON.stringify(pack), tabId: sender.tab?.id },
      });
      if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') {
        throw new Error(answer.error);
      }
      const report = photoReportSchema.safeParse((answer as { report?: unknown } | undefined)?.report);
      if (!report.success)
        throw new Error('the photo checker gave an answer this version does not understand');
      return report.data;
    },
    photoProgress: async ({ tabId, progress }) => {
      // The tab may have closed or navigated away: progress is a courtesy, so a miss is fine.
      await tabs.sendMessage(tabId, { name: PHOTO_PROGRESS_MESSAGE, progress }).catch(() => undefined);
      return { ok: true };
    },
  };
}

import { useCallback, useEffect, useState } from 'react';
import type { ReportListProps } from '../../components/popup/report-list.tsx';
import { sendMessage } from '../messaging/send-message.ts';
import { reportMailto } from '../safeguarding/export-email.ts';
import { reportJson } from '../safeguarding/export-json.ts';
import type { OutboxEntry } from '../safeguarding/record.ts';

/** While a webhook delivery is under way, the popup asks again this often (ms). */
export const OUTBOX_POLL_MS = 2000;

/** What the popup does outside itself: open a mailto: link, save a file. Tests pass their own. */
export interface OutboxEnvironment {
  openUrl: (url: string) => void;
  download: (name: string, blob: Blob) => void;
}

export const browserEnvironment: OutboxEnvironment = {
  // A mailto: navigation hands over to the mail program; the popup itself stays.
  openUrl: (url) => {
    window.location.href = url;
  },
  download: (name, blob) => {
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "safeguarding-record-2026-11-25-1a2b3c4d": the day it was made (local) and the start of its id. */
export function reportFileName(entry: OutboxEntry): string {
  const day = new Date(entry.record.createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return `safeguarding-record-${date}-${entry.record.id.replace(/[^\w-]/g, '').slice(0, 8)}`;
}

/** A webhook try is under way or due: the popup keeps the states fresh while it is open. */
const inProgress = (entries: readonly OutboxEntry[] | null): boolean =>
  entries?.some((e) => e.state === 'sending' || (e.state === 'queued' && e.nextAttemptAt !== null)) ?? false;

/** The outbox through the background, and the popup's report actions. */
export function useOutbox(env: OutboxEnvironment = browserEnvironment): ReportListProps {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const show = useCallback((loaded: OutboxEntry[]) => {
    setNow(Date.now());
    setEntries(loaded);
    setLoadError(null);
  }, []);
  const load = useCallback(() => sendMessage('getOutbox', {}).then((answer) => show(answer.entries)), [show]);

  useEffect(() => {
    let live = true;
    sendMessage('getOutbox', {}).then(
      (answer) => live && show(answer.entries),
      (reason: unknown) => live && setLoadError(describe(reason) || 'no answer from the extension'),
    );
    // The lead's address, for "Open email". Without it, staff can still save the files.
    sendMessage('getReportGuidance', {}).then(
      (guidance) => live && setEmail(guidance.email),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [show]);

  const polling = inProgress(entries);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => void load().catch(() => undefined), OUTBOX_POLL_MS);
    return () => clearInterval(timer);
  }, [polling, load]);

  const run = useCallback(
    (action: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      action()
        .then(load)
        .catch((reason: unknown) => setError(describe(reason)))
        .finally(() => setBusy(false));
    },
    [load],
  );

  return {
    entries,
    email,
    error,
    loadError,
    busy,
    now,
    onRetry: (id) => run(() => sendMessage('retryReport', { id })),
    onClear: (id) => run(() => sendMessage('clearReport', { id })),
    onMarkSent: (id, via) => run(() => sendMessage('markReportSent', { id, via })),
    onOpenEmail: (entry) => {
      if (email) env.openUrl(reportMailto(entry.record, email));
    },
    onSaveFiles: (entry) =>
      run(async () => {
        // The PDF library is loaded only when someone saves a report.
        const { reportPdf } = await import('../safeguarding/export-pdf.ts');
        const pdf = await reportPdf(entry.record);
        const name = reportFileName(entry);
        env.download(`${name}.pdf`, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
        env.download(`${name}.json`, new Blob([reportJson(entry.record)], { type: 'application/json' }));
      }),
  };
}

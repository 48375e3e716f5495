import type { BrowserContext, Page } from '@playwright/test';

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/**
 * Installs, in the page, a recorder of when our shadow root changes: a MutationObserver on it (the
 * page can see our open shadow root, as any page can) that timestamps each change with the page's
 * own clock, which is also the clock of event.timeStamp.
 */
export async function watchGuardUi(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('staff-social-guard')?.shadowRoot;
    if (!root) throw new Error('the guard UI is not on the page');
    const w = window as unknown as { __uiChanges: { at: number; kind: string | null; dialog: boolean }[] };
    w.__uiChanges = [];
    new MutationObserver(() => {
      const badge = root.querySelector('[data-testid="guard-badge"]');
      w.__uiChanges.push({
        at: performance.now(),
        kind: badge?.getAttribute('data-kind') ?? null,
        dialog: root.querySelector('[role="alertdialog"]') !== null,
      });
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener(
      'keydown',
      (e) => ((window as unknown as { __keyAt: number }).__keyAt = e.timeStamp),
      true,
    );
    document.addEventListener(
      'pointerdown',
      (e) => ((window as unknown as { __downAt: number }).__downAt = e.timeStamp),
      true,
    );
  });
}

/** Milliseconds from the last keydown (or pointerdown) to the first UI change matching `what`. */
export function sinceInput(
  page: Page,
  from: '__keyAt' | '__downAt',
  what: { kind?: string; dialog?: boolean },
) {
  return page
    .waitForFunction(
      ([key, want]) => {
        const w = window as unknown as Record<string, unknown> & {
          __uiChanges: { at: number; kind: string | null; dialog: boolean }[];
        };
        const start = w[key] as number;
        const hit = w.__uiChanges.find(
          (c) =>
            c.at >= start &&
            (want.kind === undefined || c.kind === want.kind) &&
            (want.dialog === undefined || c.dialog === want.dialog),
        );
        return hit ? hit.at - start : null;
      },
      [from, what] as const,
      { timeout: 10_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** Main-thread task time (CDP Performance.TaskDuration) spent by a page over `ms` milliseconds. */
export async function taskTime(context: BrowserContext, page: Page, ms: number): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await read();
  await page.waitForTimeout(ms);
  const after = await read();
  await cdp.detach();
  return (after - before) * 1000;
}

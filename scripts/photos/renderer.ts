import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM } from '../../tests/e2e/launch.ts';

// Renders HTML to an image file with the same headless Chromium the project tests with. Every
// request is aborted: the set is drawn from what is on disk (inline data: URLs), never fetched.

export interface RenderOptions {
  width: number;
  height: number;
  type: 'jpeg' | 'png';
  /** JPEG quality, 0–100. */
  quality?: number;
}

export interface Renderer {
  render(html: string, options: RenderOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openRenderer(): Promise<Renderer> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  await context.route('**/*', (route) => route.abort());
  const page: Page = await context.newPage();
  return {
    async render(html, { width, height, type, quality }) {
      await page.setViewportSize({ width, height });
      await page.setContent(page_(html, width, height), { waitUntil: 'load' });
      // Images in data: URLs decode asynchronously; wait for every one before the shot.
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))),
      );
      const shot = await page.screenshot({
        type,
        ...(type === 'jpeg' ? { quality: quality ?? 90 } : {}),
        clip: { x: 0, y: 0, width, height },
        animations: 'disabled',
      });
      return new Uint8Array(shot);
    },
    close: () => browser.close(),
  };
}

function page_(body: string, width: number, height: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;overflow:hidden}
    body{width:${width}px;height:${height}px;position:relative;font-family:'DejaVu Sans',sans-serif}
    .abs{position:absolute}
  </style></head><body>${body}</body></html>`;
}

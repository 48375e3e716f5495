import { chromium, type BrowserContext } from '@playwright/test';
import { EXT_PATH } from './extension-path';
import { REPLICAS, replicaBundle, replicaHtml } from './replicas';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's switches for every run of ours: the unpacked extension (when given), and nothing that
 * reaches out on its own (background networking, component updates, sync).
 */
export function chromiumArgs(extensionDir?: string): string[] {
  return [
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * Debian's Chromium with our built extension loaded (or not, for the benchmark's baseline), every
 * network request refused, and the replicas served under their real hostnames. Used by the e2e
 * fixture, `npm run demo` and `npm run bench:page`.
 */
export async function launchWithReplicas(options: {
  headless: boolean;
  extension?: boolean;
  extraRoutes?: (context: BrowserContext) => Promise<unknown>;
}): Promise<BrowserContext> {
  const extension = options.extension ?? true;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extension ? EXT_PATH : undefined),
  });
  // Nothing may reach the network. Routes registered later take precedence over this one.
  await context.route(/^(https?|wss?):\/\//, (route) => route.abort('internetdisconnected'));
  await routeReplicas(context);
  await options.extraRoutes?.(context);
  return context;
}

/**
 * Serves each replica under its real hostnames (so the manifest's `matches` apply) with no network:
 * the page for documents, the bundled app for /__replica/<name>.js, and 404 for anything else.
 */
async function routeReplicas(context: BrowserContext): Promise<void> {
  for (const replica of REPLICAS) {
    await context.route(
      (url) => replica.hosts.test(url.hostname),
      async (route) => {
        const request = route.request();
        const { pathname } = new URL(request.url());
        if (pathname === `/__replica/${replica.name}.js`) {
          return route.fulfill({ contentType: 'text/javascript', body: replicaBundle(replica.name) });
        }
        if (request.resourceType() === 'document') {
          return route.fulfill({ contentType: 'text/html', body: replicaHtml(replica.name) });
        }
        return route.fulfill({ status: 404, body: '' });
      },
    );
  }
}

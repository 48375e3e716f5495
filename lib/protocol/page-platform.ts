import * as z from 'zod/mini';
import { PLATFORMS } from '../pack/ids.ts';

/**
 * The popup asks the content script in a tab which platform it guards (tabs.sendMessage), because
 * without the "tabs" permission the browser does not tell the popup the tab's address.
 */
export const PAGE_PLATFORM_MESSAGE = 'getPagePlatform';
export const pagePlatformQuestionSchema = z.object({ name: z.literal(PAGE_PLATFORM_MESSAGE) });
export const platformAnswerSchema = z.object({ platform: z.enum(PLATFORMS) });

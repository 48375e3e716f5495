import { facebook } from './facebook/surfaces.ts';
import { instagram } from './instagram/surfaces.ts';
import type { Platform, SiteAdapter } from './site.ts';
import { x } from './x/surfaces.ts';

export const ADAPTERS: Record<Platform, SiteAdapter> = { facebook, instagram, x };

// The bot's own words, one file per language.

import { EN } from './en.js';
import type { UiStrings } from './types.js';
import { VI } from './vi.js';
import type { Lang } from '../lang.js';

export type { UiStrings } from './types.js';

export const STRINGS: Readonly<Record<Lang, UiStrings>> = { en: EN, vi: VI };

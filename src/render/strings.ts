// The bot's own words for the renderers: they live in src/text/strings (one file per language), shared with the engine.
export { STRINGS as UI } from '../text/strings/index.js';

export const EMBED_COLOR = 0x5865f2;
export const DECLINED_COLOR = 0xfee75c;

// The two languages the bot reads and answers in: the one definition every module uses.
import { z } from 'zod';

export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS);

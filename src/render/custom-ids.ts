// The custom ids of the bot's buttons (ask:src|rel|fact:<factId>:<lang>, ask:fb:<up|down>:<factId>): built and parsed in one place.
import { z } from 'zod';
import { type Lang, LangSchema } from '../text/lang.js';

const factId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a fact id');
const lang = LangSchema;

export const ButtonAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('src'), factId, lang }),
  z.object({ action: z.literal('rel'), factId, lang }),
  z.object({ action: z.literal('fact'), factId, lang }),
  z.object({ action: z.literal('fb'), vote: z.enum(['up', 'down']), factId }),
]);
export type ButtonAction = z.infer<typeof ButtonAction>;

const PREFIX = 'ask';

export function buildCustomId(action: ButtonAction): string {
  switch (action.action) {
    case 'fb':
      return `${PREFIX}:fb:${action.vote}:${action.factId}`;
    default:
      return `${PREFIX}:${action.action}:${action.factId}:${action.lang}`;
  }
}

export const customIds = {
  source: (id: string, language: Lang) => buildCustomId({ action: 'src', factId: id, lang: language }),
  related: (id: string, language: Lang) => buildCustomId({ action: 'rel', factId: id, lang: language }),
  fact: (id: string, language: Lang) => buildCustomId({ action: 'fact', factId: id, lang: language }),
  feedback: (vote: 'up' | 'down', id: string) => buildCustomId({ action: 'fb', vote, factId: id }),
};

/** The action of a custom id, or undefined when it is not one of the bot's (old, foreign or tampered). */
export function parseCustomId(customId: string): ButtonAction | undefined {
  if (customId.length > 100) return undefined;
  const parts = customId.split(':');
  if (parts[0] !== PREFIX || parts.length !== 4) return undefined;
  const [, action, second, third] = parts;
  const raw = action === 'fb' ? { action, vote: second, factId: third } : { action, factId: second, lang: third };
  const parsed = ButtonAction.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

// Chooses the reply language: an explicit choice first, then the question's language, then the interaction's locale.
import type { InteractionInput } from './contract.js';
import type { Lang } from '../text/lang.js';

/** The language of the interaction's locale ("vi" → vi, anything else → en); the user's locale before the server's. */
export function localeLang(input: Pick<InteractionInput, 'locale' | 'guildLocale'>): Lang {
  const locale = input.locale ?? input.guildLocale ?? '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** An explicit "en"/"vi" wins; "auto" (or nothing) falls back to the locale. */
export function chosenLang(
  choice: 'auto' | Lang | undefined,
  input: Pick<InteractionInput, 'locale' | 'guildLocale'>,
): Lang {
  return choice === 'en' || choice === 'vi' ? choice : localeLang(input);
}

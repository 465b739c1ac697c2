// The help text: how to use the bot, every registered command, and example questions the article answers. /help and
// a bare mention of the bot both show it.
import type { OutgoingMessage } from '../render/message.js';
import { renderHelp } from '../render/help.js';
import type { Lang } from '../text/lang.js';
import type { Services } from './contract.js';
import { getCommandRegistry } from './registry.js';

/** Example questions the help text offers. */
const EXAMPLES = 5;

export async function helpMessage(services: Services, lang: Lang): Promise<OutgoingMessage> {
  const { commands } = await getCommandRegistry();
  const examples = services.engine.suggestQuestions('', { lang, limit: EXAMPLES }).map((choice) => choice.name);
  return renderHelp(
    services.kb,
    commands.map((c) => c.data),
    examples,
    lang,
  );
}

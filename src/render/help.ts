// Renders /help from the registered commands' own data, so a new command (e.g. /chart) appears without editing this file.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { sourceLine } from './citation.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';

type CommandData = Pick<
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  'name' | 'description' | 'name_localizations' | 'description_localizations' | 'options'
>;

function localized(
  base: string,
  localizations: Partial<Record<string, string | null>> | null | undefined,
  lang: Lang,
): string {
  return (lang === 'vi' ? localizations?.vi : undefined) ?? base;
}

/** "/ask question [language] [private]: Ask …" in the reader's language (Discord shows localised names to Vietnamese clients). */
function commandUsage(command: CommandData, lang: Lang): string {
  const options = (command.options ?? []).map((option) => {
    const name = localized(option.name, option.name_localizations, lang);
    return 'required' in option && option.required ? name : `[${name}]`;
  });
  const usage = [`/${localized(command.name, command.name_localizations, lang)}`, ...options].join(' ');
  return `\`${usage}\`: ${localized(command.description, command.description_localizations, lang)}`;
}

export function renderHelp(
  kb: KnowledgeBase,
  commands: readonly CommandData[],
  examples: readonly string[],
  lang: Lang,
): OutgoingMessage {
  const ui = UI[lang];
  const sorted = [...commands].sort((a, b) =>
    a.name === 'ask' ? -1 : b.name === 'ask' ? 1 : a.name.localeCompare(b.name),
  );
  // The command list goes in the description (4096 characters), not a field (1024): it grows with every command.
  const commandList = sorted.map((c) => commandUsage(c, lang)).join('\n');
  const fields =
    examples.length > 0 ? [{ name: ui.helpExamples, value: examples.map((e) => `• ${e}`).join('\n') }] : [];
  return {
    embeds: [
      {
        color: EMBED_COLOR,
        title: ui.helpTitle,
        description: `${ui.helpIntro(kb.meta.title[lang])}\n\n**${ui.helpCommands}**\n${commandList}\n\n${ui.helpSources}`,
        fields,
        footer: { text: sourceLine(kb, lang) },
      },
    ],
  };
}

// Renders an OutgoingMessage (the same one Discord gets) as readable terminal text, with its buttons as numbered hints.
import type { APIEmbed } from 'discord.js';
import type { OutgoingMessage } from '../render/message.js';

export interface ConsoleButton {
  readonly number: number;
  readonly label: string;
  readonly customId: string;
  /** Discord does not let a disabled button be clicked; neither does /press. */
  readonly disabled: boolean;
}

/** Discord Markdown that reads badly in a terminal: **bold** markers go, the words stay. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/gs, '$1').replace(/\u200b/g, '');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function embedText(embed: APIEmbed): string {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(plain(embed.author.name));
  if (embed.title) lines.push(`== ${plain(embed.title)} ==`);
  if (embed.description) lines.push(plain(embed.description));
  for (const field of embed.fields ?? []) lines.push('', plain(field.name), indent(plain(field.value), '  '));
  if (embed.image?.url) lines.push('', `[image: ${embed.image.url.replace(/^attachment:\/\//, '')}]`);
  if (embed.footer?.text) lines.push('', `-- ${plain(embed.footer.text)}`);
  return lines.join('\n');
}

/** The buttons of a message, numbered from 1 in reading order (what /press N refers to). */
export function consoleButtons(message: OutgoingMessage): ConsoleButton[] {
  const buttons: ConsoleButton[] = [];
  for (const row of message.components ?? []) {
    for (const component of row.components) {
      if (!('custom_id' in component)) continue;
      const emoji = 'emoji' in component && component.emoji?.name ? component.emoji.name : '';
      const label = 'label' in component && typeof component.label === 'string' ? component.label : '';
      buttons.push({
        number: buttons.length + 1,
        label: [emoji, label].filter(Boolean).join(' ') || component.custom_id,
        customId: component.custom_id,
        disabled: 'disabled' in component && component.disabled === true,
      });
    }
  }
  return buttons;
}

export function messageText(message: OutgoingMessage): string {
  const parts: string[] = [];
  if (message.content) parts.push(plain(message.content));
  for (const embed of message.embeds ?? []) parts.push(embedText(embed));
  const buttons = consoleButtons(message);
  if (buttons.length > 0) {
    parts.push(`${buttons.map((b) => `[${b.number} ${b.label}]`).join(' ')}  (type /press <number>)`);
  }
  return parts.join('\n\n');
}

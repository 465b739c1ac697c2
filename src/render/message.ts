// What every renderer returns: a message as Discord takes it, before a shell sends it.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/** A message as Discord takes it; shells add `allowed_mentions: { parse: [] }` themselves. */
export interface OutgoingMessage {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly files?: readonly { readonly name: string; readonly data: Buffer; readonly description?: string }[];
}

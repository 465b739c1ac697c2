// Discord's message limits, the fitting that enforces them (with the one truncation helper, src/text/truncate.ts),
// and a checker for tests.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import { neutralizeMentions } from './mentions.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author of all embeds of one message together. */
  embedsTotal: 6000,
  embeds: 10,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
  /** A thread's name. */
  threadName: 100,
} as const;

/** The characters of an embed that count towards the 6000-character total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

type TextTransform = (text: string) => string;

function fitEmbed(embed: APIEmbed, clean: TextTransform): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(clean(embed.title), DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined)
    fitted.description = truncate(clean(embed.description), DISCORD_LIMITS.embedDescription);
  if (embed.footer)
    fitted.footer = { ...embed.footer, text: truncate(clean(embed.footer.text), DISCORD_LIMITS.footer) };
  if (embed.author)
    fitted.author = { ...embed.author, name: truncate(clean(embed.author.name), DISCORD_LIMITS.author) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(clean(field.name), DISCORD_LIMITS.fieldName) || '\u200b',
      value: truncate(clean(field.value), DISCORD_LIMITS.fieldValue) || '\u200b',
    }));
  }
  return fitted;
}

/** Shrinks an embed to `budget` counted characters: first its fields from the end, then its description. */
function shrinkEmbed(embed: APIEmbed, budget: number): APIEmbed | undefined {
  const shrunk: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  while (embedLength(shrunk) > budget && (shrunk.fields?.length ?? 0) > 0) shrunk.fields?.pop();
  if (shrunk.fields?.length === 0) delete shrunk.fields;
  const over = embedLength(shrunk) - budget;
  if (over > 0 && shrunk.description) {
    const kept = shrunk.description.length - over;
    if (kept > 0) shrunk.description = truncate(shrunk.description, kept);
    else delete shrunk.description;
  }
  // An embed with no text left still shows something when it has an image (as messageLimitProblems accepts).
  return embedLength(shrunk) <= budget && (embedLength(shrunk) > 0 || shrunk.image !== undefined) ? shrunk : undefined;
}

function fitComponents(
  rows: readonly APIActionRowComponent<APIComponentInMessageActionRow>[],
  clean: TextTransform,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return rows
    .slice(0, DISCORD_LIMITS.rows)
    .map((row) => ({
      ...row,
      components: row.components
        // A custom id that does not fit cannot be cut without breaking what it means: such a button is dropped.
        .filter((component) => !('custom_id' in component) || component.custom_id.length <= DISCORD_LIMITS.customId)
        .slice(0, DISCORD_LIMITS.buttonsPerRow)
        .map((component) =>
          'label' in component && typeof component.label === 'string'
            ? { ...component, label: truncate(clean(component.label), DISCORD_LIMITS.buttonLabel) }
            : component,
        ),
    }))
    .filter((row) => row.components.length > 0);
}

/**
 * Makes any message safe to send: every text within Discord's limits, at most 10 embeds and 6000
 * embed characters in total (later embeds and fields give way first), and every mention neutralised.
 */
export function fitMessage(message: OutgoingMessage): OutgoingMessage {
  const clean: TextTransform = neutralizeMentions;
  const fitted: { -readonly [K in keyof OutgoingMessage]: OutgoingMessage[K] } = { ...message };
  if (message.content !== undefined) fitted.content = truncate(clean(message.content), DISCORD_LIMITS.content);
  if (message.embeds) {
    let budget: number = DISCORD_LIMITS.embedsTotal;
    const embeds: APIEmbed[] = [];
    for (const embed of message.embeds.slice(0, DISCORD_LIMITS.embeds)) {
      const shrunk = shrinkEmbed(fitEmbed(embed, clean), budget);
      if (!shrunk) break;
      budget -= embedLength(shrunk);
      embeds.push(shrunk);
    }
    fitted.embeds = embeds;
  }
  if (message.components) fitted.components = fitComponents(message.components, clean);
  return fitted;
}

/** Every way a message breaks Discord's limits (empty when it fits); used by tests on every rendered reply. */
export function messageLimitProblems(message: OutgoingMessage): string[] {
  const problems: string[] = [];
  const check = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (max ${max})`);
  };
  if (message.content !== undefined) check('content', message.content.length, DISCORD_LIMITS.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > DISCORD_LIMITS.embeds) problems.push(`${embeds.length} embeds (max ${DISCORD_LIMITS.embeds})`);
  embeds.forEach((embed, index) => {
    const at = `embed ${index}`;
    check(`${at} title`, embed.title?.length ?? 0, DISCORD_LIMITS.embedTitle);
    check(`${at} description`, embed.description?.length ?? 0, DISCORD_LIMITS.embedDescription);
    check(`${at} footer`, embed.footer?.text.length ?? 0, DISCORD_LIMITS.footer);
    check(`${at} author`, embed.author?.name.length ?? 0, DISCORD_LIMITS.author);
    const fields = embed.fields ?? [];
    if (fields.length > DISCORD_LIMITS.fields)
      problems.push(`${at} has ${fields.length} fields (max ${DISCORD_LIMITS.fields})`);
    fields.forEach((field, i) => {
      check(`${at} field ${i} name`, field.name.length, DISCORD_LIMITS.fieldName);
      check(`${at} field ${i} value`, field.value.length, DISCORD_LIMITS.fieldValue);
      if (field.name.trim() === '' || field.value.trim() === '') problems.push(`${at} field ${i} is empty`);
    });
    if (embedLength(embed) === 0 && !embed.image) problems.push(`${at} is empty`);
  });
  check(
    'embeds together',
    embeds.reduce((sum, embed) => sum + embedLength(embed), 0),
    DISCORD_LIMITS.embedsTotal,
  );
  const rows = message.components ?? [];
  if (rows.length > DISCORD_LIMITS.rows) problems.push(`${rows.length} component rows (max ${DISCORD_LIMITS.rows})`);
  rows.forEach((row, r) => {
    if (row.components.length > DISCORD_LIMITS.buttonsPerRow) {
      problems.push(`row ${r} has ${row.components.length} components (max ${DISCORD_LIMITS.buttonsPerRow})`);
    }
    row.components.forEach((component, c) => {
      if ('label' in component && typeof component.label === 'string')
        check(`row ${r} button ${c} label`, component.label.length, DISCORD_LIMITS.buttonLabel);
      if ('custom_id' in component)
        check(`row ${r} button ${c} custom id`, component.custom_id.length, DISCORD_LIMITS.customId);
    });
  });
  if (!message.content && embeds.length === 0 && !(message.files?.length ?? 0)) problems.push('message is empty');
  return problems;
}

/** At most 25 autocomplete choices, names cut to 100 characters; a choice whose value does not fit is dropped. */
export function fitChoices(
  choices: readonly { readonly name: string; readonly value: string }[],
): { name: string; value: string }[] {
  return choices
    .filter((choice) => choice.value.length > 0 && choice.value.length <= DISCORD_LIMITS.choiceValue)
    .slice(0, DISCORD_LIMITS.choices)
    .map((choice) => ({
      name: truncate(neutralizeMentions(choice.name), DISCORD_LIMITS.choiceName) || choice.value,
      value: choice.value,
    }));
}

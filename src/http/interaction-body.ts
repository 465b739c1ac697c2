// The zod schema of an incoming interaction (only the fields the bot uses) and its conversion to InteractionInput.
import { z } from 'zod';
import type { InteractionInput, OptionValue } from '../interactions/contract.js';

const snowflake = z.string().regex(/^\d{1,20}$/, 'must be a snowflake');
/** Permission bit sets arrive as decimal strings; they exceed 2^53, so they become bigints. */
const permissions = z
  .string()
  .regex(/^\d{1,40}$/, 'must be a decimal bit set')
  .transform((bits) => BigInt(bits));
const locale = z.string().min(2).max(16);
const user = z.object({ id: snowflake });

export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;

interface CommandOption {
  readonly name: string;
  readonly type: number;
  readonly value?: OptionValue | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly CommandOption[] | undefined;
}

/**
 * Discord nests options at most three levels deep (a sub-command group, its sub-commands, their options): written out
 * level by level, not as one recursive (z.lazy) schema, which zod parses several times slower (every request).
 */
const optionFields = {
  name: z.string().min(1).max(32),
  type: z.number().int(),
  value: z.union([z.string().max(6000), z.number().finite(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
};
const leafOption = z.object(optionFields);
const subCommandOption = z.object({ ...optionFields, options: z.array(leafOption).max(25).optional() });
const commandOption: z.ZodType<CommandOption> = z.object({
  ...optionFields,
  options: z.array(subCommandOption).max(25).optional(),
});

const common = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(1000),
  locale: locale.optional(),
  guild_locale: locale.optional(),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
  member: z.object({ user, permissions: permissions.optional() }).optional(),
  user: user.optional(),
  app_permissions: permissions.optional(),
};

const commandData = z.object({
  name: z.string().min(1).max(32),
  options: z.array(commandOption).max(25).optional(),
});

const PingSchema = z.object({ type: z.literal(InteractionType.Ping) });
const CommandSchema = z.object({ ...common, type: z.literal(InteractionType.ApplicationCommand), data: commandData });
const AutocompleteSchema = z.object({ ...common, type: z.literal(InteractionType.Autocomplete), data: commandData });
const ComponentSchema = z.object({
  ...common,
  type: z.literal(InteractionType.MessageComponent),
  data: z.object({ custom_id: z.string().min(1).max(100), component_type: z.number().int() }),
  message: z
    .object({ id: z.string().max(32), interaction_metadata: z.object({ id: z.string().max(32) }).optional() })
    .optional()
    // Only votes use it: a message Discord shapes differently must not refuse the click.
    .catch(undefined),
});

export const InteractionBodySchema = z
  .discriminatedUnion('type', [PingSchema, CommandSchema, AutocompleteSchema, ComponentSchema], {
    error: 'unknown or unsupported interaction type',
  })
  .refine((body) => body.type === InteractionType.Ping || body.member?.user !== undefined || body.user !== undefined, {
    message: 'an interaction needs member.user or user',
  });

type InteractionBody = z.output<typeof InteractionBodySchema>;
export type ActionableInteraction = Exclude<InteractionBody, { type: typeof InteractionType.Ping }>;

/** Leaf options of a command, with subcommand groups flattened (the bot's commands have none, but Discord may nest). */
function* leafOptions(options: readonly CommandOption[] | undefined): Generator<CommandOption> {
  for (const option of options ?? []) {
    if (option.options) yield* leafOptions(option.options);
    else yield option;
  }
}

/** Builds the platform-neutral input that every shell hands to dispatchInteraction. */
export function toInteractionInput(body: ActionableInteraction): InteractionInput {
  const options: Record<string, OptionValue | undefined> = {};
  let focused: InteractionInput['focused'];
  if (body.type !== InteractionType.MessageComponent) {
    for (const option of leafOptions(body.data.options)) {
      options[option.name] = option.value;
      if (option.focused)
        focused = { name: option.name, value: option.value === undefined ? '' : String(option.value) };
    }
  }
  const userId = body.member?.user.id ?? body.user?.id ?? '';
  return {
    id: body.id,
    kind:
      body.type === InteractionType.ApplicationCommand
        ? 'command'
        : body.type === InteractionType.Autocomplete
          ? 'autocomplete'
          : 'button',
    ...(body.type === InteractionType.MessageComponent
      ? { customId: body.data.custom_id }
      : { commandName: body.data.name }),
    ...(body.type === InteractionType.MessageComponent && body.message
      ? { message: { id: body.message.id, interactionId: body.message.interaction_metadata?.id ?? null } }
      : {}),
    options,
    ...(focused ? { focused } : {}),
    ...(body.locale !== undefined ? { locale: body.locale } : {}),
    ...(body.guild_locale !== undefined ? { guildLocale: body.guild_locale } : {}),
    userId,
    guildId: body.guild_id ?? null,
    channelId: body.channel_id ?? body.channel?.id ?? null,
    memberPermissions: body.guild_id === undefined ? null : (body.member?.permissions ?? null),
    appPermissions: body.app_permissions ?? null,
  };
}

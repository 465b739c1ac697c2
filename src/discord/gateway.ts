// The gateway shell: a discord.js Client (Guilds and Guild Messages intents) whose interactions go to
// dispatchInteraction and whose messages that mention the bot go to the mention handler (answers in threads).
import {
  ActivityType,
  ChannelType,
  Client,
  Options,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type BaseMessageOptions,
  type Interaction,
  type Message,
  type RepliableInteraction,
  type ThreadChannel,
} from 'discord.js';
import type { Config } from '../config.js';
import type { Readiness } from '../ops/readiness.js';
import { observeRateLimitWaits, observedRestOptions, type RestObserver } from './rate-limits.js';
import type {
  InteractionInput,
  InteractionResponder,
  OptionValue,
  SentMessage,
  Services,
} from '../interactions/contract.js';
import { dispatchInteraction } from '../interactions/dispatch.js';
import type { CommandRegistry } from '../interactions/registry.js';
import { createMentionHandler, type MentionMessage, type MentionPoster } from '../interactions/threads.js';
import type { OutgoingMessage } from '../render/message.js';

const PRESENCE_TEXT = 'Ask me about the article: /ask';
const DEFAULT_READY_TIMEOUT_MS = 60_000;
/** How long stop() lets interactions in flight finish before the client is destroyed. */
const DRAIN_TIMEOUT_MS = 5_000;

export interface GatewayBot {
  readonly client: Client;
  /** Lets interactions in flight finish (bounded), then destroys the client. Safe to call twice. */
  stop(): Promise<void>;
}

export interface GatewayBotOptions {
  /** Commands to dispatch to (default: everything in commands/). */
  readonly registry?: CommandRegistry;
  readonly readyTimeoutMs?: number;
  /** Check "gateway": ok while the client is READY, failing while it is disconnected or reconnecting. */
  readonly readiness?: Readiness;
}

export function createGatewayClient(config: Config, observer: RestObserver = {}): Client {
  return new Client({
    // No privileged intent: slash commands need only Guilds; Guild Messages brings the messages that mention the bot
    // (Discord gives their content without the privileged Message Content intent), for answers in threads.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [] },
    // The bot reads everything it needs from the interaction itself, so per-user caches stay empty (they grew
    // with every member who ever used a command: 100k users took the heap from 41 to 95 MB). Guilds and
    // channels stay cached (the Guilds intent keeps them; they are few); the bot's own user and member are kept.
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
      PresenceManager: 0,
      VoiceStateManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      ThreadMemberManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      BaseGuildEmojiManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
    }),
    sweepers: Options.DefaultSweeperSettings,
    rest: { ...(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}), ...observedRestOptions(observer) },
    presence: {
      status: 'online',
      activities: [{ type: ActivityType.Custom, name: PRESENCE_TEXT, state: PRESENCE_TEXT }],
    },
  });
}

function optionValues(interaction: Interaction): Record<string, OptionValue | undefined> {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return {};
  const values: Record<string, OptionValue | undefined> = {};
  for (const option of interaction.options.data) {
    if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean')
      values[option.name] = option.value;
  }
  return values;
}

/** What dispatchInteraction needs from a discord.js interaction; undefined for kinds the bot does not handle. */
function toInteractionInput(interaction: Interaction): InteractionInput | undefined {
  let kind: InteractionInput['kind'];
  let extra: Partial<InteractionInput>;
  if (interaction.isChatInputCommand()) {
    kind = 'command';
    extra = { commandName: interaction.commandName };
  } else if (interaction.isAutocomplete()) {
    kind = 'autocomplete';
    const focused = interaction.options.getFocused(true);
    extra = { commandName: interaction.commandName, focused: { name: focused.name, value: String(focused.value) } };
  } else if (interaction.isButton()) {
    kind = 'button';
    extra = {
      customId: interaction.customId,
      message: { id: interaction.message.id, interactionId: interaction.message.interactionMetadata?.id ?? null },
    };
  } else {
    return undefined;
  }
  return {
    id: interaction.id,
    kind,
    ...extra,
    options: optionValues(interaction),
    locale: interaction.locale,
    ...(interaction.guildLocale ? { guildLocale: interaction.guildLocale } : {}),
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    appPermissions: interaction.appPermissions?.bitfield ?? null,
  };
}

/** The message as discord.js takes it; mentions never ping, whatever the client default. */
export function toDiscordMessage(message: OutgoingMessage): BaseMessageOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.embeds ? { embeds: [...message.embeds] } : {}),
    ...(message.components ? { components: [...message.components] } : {}),
    ...(message.files
      ? {
          files: message.files.map((file) => ({
            attachment: file.data,
            name: file.name,
            ...(file.description !== undefined ? { description: file.description } : {}),
          })),
        }
      : {}),
    allowedMentions: { parse: [] },
  };
}

function ephemeralFlags(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

function createInteractionResponder(interaction: Interaction): InteractionResponder {
  const repliable = (): RepliableInteraction => {
    if (!interaction.isRepliable()) throw new Error(`interaction ${interaction.id} cannot be replied to`);
    return interaction;
  };
  const sent = (message: { id: string; channelId: string } | null | undefined): SentMessage => ({
    id: message?.id ?? null,
    channelId: message?.channelId ?? interaction.channelId,
  });
  return {
    get deferred() {
      return interaction.isRepliable() ? interaction.deferred : false;
    },
    get replied() {
      return interaction.isRepliable() ? interaction.replied : interaction.isAutocomplete() && interaction.responded;
    },
    async reply(message, { ephemeral }) {
      const response = await repliable().reply({
        ...toDiscordMessage(message),
        ...ephemeralFlags(ephemeral),
        withResponse: true,
      });
      return sent(response.resource?.message);
    },
    async defer({ ephemeral }) {
      await repliable().deferReply(ephemeralFlags(ephemeral));
    },
    async editReply(message) {
      return sent(await repliable().editReply(toDiscordMessage(message)));
    },
    async followUp(message, { ephemeral }) {
      return sent(await repliable().followUp({ ...toDiscordMessage(message), ...ephemeralFlags(ephemeral) }));
    },
    async update(message) {
      if (!interaction.isMessageComponent()) throw new Error(`interaction ${interaction.id} is not a button`);
      await interaction.update(toDiscordMessage(message));
      return sent(interaction.message);
    },
    async autocomplete(choices) {
      if (!interaction.isAutocomplete()) throw new Error(`interaction ${interaction.id} is not an autocomplete`);
      await interaction.respond(choices.map((choice) => ({ name: choice.name, value: choice.value })));
    },
  };
}

/** What the mention handler needs from a discord.js message. */
function toMentionMessage(message: Message): MentionMessage {
  const { channel } = message;
  const place =
    channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement
      ? 'text'
      : channel.isThread()
        ? 'thread'
        : 'other';
  return {
    id: message.id,
    authorId: message.author.id,
    authorIsBot: message.author.bot || message.webhookId !== null || message.system,
    guildId: message.guildId,
    channelId: message.channelId,
    place,
    content: message.content,
    repliedToUserId: message.reference ? (message.mentions.repliedUser?.id ?? null) : null,
    ...(message.guild?.preferredLocale ? { guildLocale: message.guild.preferredLocale } : {}),
  };
}

/** Posts for one mention: the thread started from it, messages in that thread (or the one it is in), replies to it. */
function createMentionPoster(message: Message): MentionPoster {
  let started: ThreadChannel | undefined;
  const channelFor = (id: string) =>
    id === message.channelId ? message.channel : id === started?.id ? started : message.client.channels.cache.get(id);
  const sent = (posted: Message) => ({ id: posted.id, channelId: posted.channelId });
  return {
    async startThread(name) {
      started = await message.startThread({ name, reason: 'Answering a question asked by mentioning the bot' });
      return started.id;
    },
    async send(channelId, outgoing) {
      const channel = channelFor(channelId);
      if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not one the bot can post in`);
      return sent(await channel.send(toDiscordMessage(outgoing)));
    },
    async reply(outgoing) {
      // A reply that pings no one (allowed_mentions parse [] and no replied_user), and still posts if the message is gone.
      return sent(await message.reply({ ...toDiscordMessage(outgoing), failIfNotExists: false }));
    },
  };
}

/** Gateway close codes after which Discord refuses to resume or reconnect, with what the operator must fix. */
const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, 'authentication failed (the bot token was reset or is wrong; set a new DISCORD_TOKEN)'],
  [4010, 'invalid shard (check SHARDS)'],
  [4011, 'sharding required (set SHARDS=auto)'],
  [4012, 'invalid gateway API version'],
  [4013, 'invalid intents'],
  [4014, 'disallowed intents (enable them in the developer portal or remove them)'],
]);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Logs in and resolves once the client is ready (all guilds received). Interactions are dispatched
 * from then on; commands are never registered here (that is `npm run deploy:commands`).
 */
export async function startGatewayBot(
  config: Config,
  services: Services,
  options: GatewayBotOptions = {},
): Promise<GatewayBot> {
  const { token } = config.discord;
  if (!token)
    throw new Error(
      'DISCORD_TOKEN is not set: the gateway bot needs the bot token (or run the local console: npm run console).',
    );
  const { logger } = services;
  const client = createGatewayClient(config, { logger, metrics: services.metrics });
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const input = toInteractionInput(interaction);
    if (!input) return;
    const work = dispatchInteraction(input, createInteractionResponder(interaction), services, options.registry)
      // dispatchInteraction never throws; this is a last guard so that the process always survives.
      .catch((error: unknown) => logger.error({ err: error, interactionId: input.id }, 'dispatch threw'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  const track = (work: Promise<void>) => {
    const tracked = work.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  let mentions: ReturnType<typeof createMentionHandler> | undefined;
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (!botId) return;
    mentions ??= createMentionHandler(services, botId);
    const handler = mentions;
    track(
      (async () => {
        await handler.handle(toMentionMessage(message), createMentionPoster(message));
      })()
        // The handler never throws; this is a last guard so that the process always survives.
        .catch((error: unknown) => logger.error({ err: error, messageId: message.id }, 'mention handler threw')),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'discord client warning'));
  observeRateLimitWaits(client.rest, { logger, metrics: services.metrics });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const fatal = FATAL_CLOSE_CODES.get(event.code);
    options.readiness?.set('gateway', false, `shard ${shardId} disconnected (${event.code})`);
    if (!fatal) {
      logger.warn({ shardId, code: event.code }, 'gateway disconnected');
      return;
    }
    // Discord will not take this connection back: exit non-zero so that a supervisor restarts (or alerts).
    logger.fatal({ shardId, code: event.code }, `gateway closed with ${event.code}: ${fatal}; exiting`);
    logger.flush();
    process.exit(1);
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    logger.info({ shardId }, 'gateway reconnecting');
    options.readiness?.set('gateway', false, `shard ${shardId} reconnecting`);
  });
  client.on(Events.ShardResume, () => options.readiness?.set('gateway', true));
  client.on(Events.ShardReady, () => options.readiness?.set('gateway', true));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await withTimeout(Promise.allSettled([...inFlight]), DRAIN_TIMEOUT_MS, 'finishing interactions in flight').catch(
      (error: unknown) => logger.warn({ err: error }, 'stopping with interactions still in flight'),
    );
    await client.destroy();
    logger.info('discord client stopped');
  };
  try {
    await client.login(token);
    await withTimeout(ready, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS, 'the gateway READY');
  } catch (error) {
    await stop();
    throw error;
  }
  options.readiness?.set('gateway', true);
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size },
    'logged in to Discord; ready for interactions',
  );
  return { client, stop };
}

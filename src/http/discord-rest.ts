// Discord's REST API for the HTTP shell: interaction follow-ups (webhook routes) and pinning, through discord.js's REST.
// discord.js is imported on the first call, not at start-up: most interactions are answered in the HTTP response and
// never call REST, and loading the library costs the process about 30 MiB of RSS (bench/process.ts).
import type { RawFile, REST, Routes } from 'discord.js';
import type { BotTokenGuard } from '../discord/bot-token.js';
import type { DiscordActions, SentMessage } from '../interactions/contract.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { Readiness } from '../ops/readiness.js';
import type { OutgoingMessage } from '../render/message.js';

/** discord.js's default base; DISCORD_API_URL replaces it (a REST proxy, or the fake Discord in tests). */
const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
export const EPHEMERAL_FLAG = 64;

/** Where an interaction's follow-ups go: the application id and the interaction token (valid for 15 minutes). */
export interface InteractionWebhook {
  readonly applicationId: string;
  readonly token: string;
}

/** The REST calls an HTTP responder makes after its first (HTTP) response. */
export interface InteractionWebhookClient {
  editOriginal(webhook: InteractionWebhook, message: OutgoingMessage): Promise<SentMessage>;
  followUp(
    webhook: InteractionWebhook,
    message: OutgoingMessage,
    options: { readonly ephemeral: boolean },
  ): Promise<SentMessage>;
}

export interface DiscordRestClient {
  readonly webhooks: InteractionWebhookClient;
  readonly actions: DiscordActions;
  /** Stops discord.js's background sweepers so that a test or a shutdown can end cleanly. */
  close(): void;
}

/** A message as Discord's JSON takes it; mentions never ping (allowed_mentions is always empty). */
export function toMessageBody(
  message: OutgoingMessage,
  options: { readonly ephemeral?: boolean } = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = { allowed_mentions: { parse: [] } };
  if (message.content !== undefined) body.content = message.content;
  if (message.embeds !== undefined) body.embeds = message.embeds;
  if (message.components !== undefined) body.components = message.components;
  if (message.files?.length) {
    body.attachments = message.files.map((file, index) => ({
      id: index,
      filename: file.name,
      description: file.description,
    }));
  }
  if (options.ephemeral) body.flags = EPHEMERAL_FLAG;
  return body;
}

function toRawFiles(message: OutgoingMessage): RawFile[] | undefined {
  if (!message.files?.length) return undefined;
  return message.files.map((file, index) => ({ name: file.name, data: file.data, key: `files[${index}]` }));
}

function toSentMessage(raw: unknown): SentMessage {
  const message = (raw ?? {}) as { id?: unknown; channel_id?: unknown };
  return {
    id: typeof message.id === 'string' ? message.id : null,
    channelId: typeof message.channel_id === 'string' ? message.channel_id : null,
  };
}

export interface DiscordRestOptions {
  /** Base URL without the version (DISCORD_API_URL); default https://discord.com/api. */
  readonly apiUrl?: string | undefined;
  /** The bot token: only pinning needs it, interaction webhooks are authorised by the interaction token. */
  readonly token?: string | undefined;
  /** Per-request timeout. */
  readonly timeoutMs?: number;
  /** Where rate-limit waits and 429s are reported (at warn). */
  readonly logger?: Logger | undefined;
  /** Where REST statuses and rate-limit waits are counted. */
  readonly metrics?: Metrics | undefined;
  /** Fails (check "discordToken") after a 401 on a call with the bot token. */
  readonly readiness?: Readiness | undefined;
}

class MissingBotTokenError extends Error {
  override name = 'MissingBotTokenError';
  constructor() {
    super('Pinning a message needs DISCORD_TOKEN (the bot token) in HTTP mode.');
  }
}

/** The two REST clients and discord.js's routes, once loaded. */
interface LoadedRest {
  readonly rest: REST;
  readonly webhookRest: REST;
  readonly guarded: BotTokenGuard;
  readonly routes: typeof Routes;
}

export function createDiscordRestClient(options: DiscordRestOptions = {}): DiscordRestClient {
  // Said at once, as before the clients were loaded lazily: the token counts as accepted until Discord refuses it.
  if (options.token) options.readiness?.set('discordToken', true);
  let loading: Promise<LoadedRest> | undefined;
  let closed = false;
  const stopSweepers = ({ rest, webhookRest }: LoadedRest) => {
    for (const client of [rest, webhookRest]) {
      client.clearHashSweeper();
      client.clearHandlerSweeper();
    }
  };
  const load = (): Promise<LoadedRest> =>
    (loading ??= (async () => {
      const [{ REST, Routes }, { guardBotToken }, { observeRateLimitWaits, observedRestOptions }] = await Promise.all([
        import('discord.js'),
        import('../discord/bot-token.js'),
        import('../discord/rate-limits.js'),
      ]);
      const base = {
        api: options.apiUrl ?? DEFAULT_DISCORD_API_URL,
        version: '10',
        timeout: options.timeoutMs ?? 10_000,
        ...observedRestOptions(options),
      };
      // Discord does not apply the bot's global rate limit (50/s) to interaction webhooks, so edits and follow-ups
      // go through their own client without it; per-route limits and a real global 429 are still honoured.
      const webhookRest = new REST({ ...base, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
      const rest = new REST(base);
      if (options.token) rest.setToken(options.token);
      for (const client of [rest, webhookRest]) observeRateLimitWaits(client, options);
      const loaded = { rest, webhookRest, guarded: guardBotToken(rest, options.token, options), routes: Routes };
      // A client closed while discord.js was loading must not keep its sweepers' timers running.
      if (closed) stopSweepers(loaded);
      return loaded;
    })());

  const webhooks: InteractionWebhookClient = {
    async editOriginal(webhook, message) {
      const { webhookRest, routes } = await load();
      const raw = await webhookRest.patch(routes.webhookMessage(webhook.applicationId, webhook.token, '@original'), {
        body: toMessageBody(message),
        files: toRawFiles(message),
        auth: false,
      });
      return toSentMessage(raw);
    },
    async followUp(webhook, message, { ephemeral }) {
      const { webhookRest, routes } = await load();
      const raw = await webhookRest.post(routes.webhook(webhook.applicationId, webhook.token), {
        body: toMessageBody(message, { ephemeral }),
        files: toRawFiles(message),
        auth: false,
      });
      return toSentMessage(raw);
    },
  };

  const actions: DiscordActions = {
    canPin: () => Boolean(options.token),
    async pinMessage(channelId, messageId) {
      if (!options.token) throw new MissingBotTokenError();
      const { rest, guarded, routes } = await load();
      await guarded('a pin', () => rest.put(routes.channelMessagesPin(channelId, messageId)));
    },
  };

  return {
    webhooks,
    actions,
    close() {
      closed = true;
      loading?.then(stopSweepers).catch(() => undefined);
    },
  };
}

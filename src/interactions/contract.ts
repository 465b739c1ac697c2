// The platform-neutral interaction contract: commands see this, and each shell (gateway, HTTP, console) implements it.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { AnswerEngine } from '../engine/types.js';
import type { ChartCatalogue } from '../charts/catalogue.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { Logger } from '../logger.js';
import type { KnowledgeVersion } from '../knowledge/watch.js';
import type { InsightStore } from '../store/index.js';
import type { Metrics } from '../ops/metrics.js';
import type { ConversationMemory } from './conversations.js';
import type { PageRequest, PageResult } from './paging.js';
import type { OutgoingMessage } from '../render/message.js';

export interface AutocompleteChoice {
  /** At most 100 characters. */
  readonly name: string;
  /** A stable id (fact id, entity id, ...), at most 100 characters. */
  readonly value: string;
}

export type OptionValue = string | number | boolean;

/** What every shell extracts from an interaction before any command code runs. */
export interface InteractionInput {
  readonly id: string;
  readonly kind: 'command' | 'autocomplete' | 'button';
  /** For commands and autocomplete. */
  readonly commandName?: string;
  /** For buttons: the custom id (at most 100 characters). */
  readonly customId?: string;
  /** For buttons: the message the button sits on, and the interaction that message answered (when Discord says). */
  readonly message?: { readonly id: string; readonly interactionId: string | null };
  /** Command options by name (raw, validated with zod by the command). */
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
  /** For autocomplete: the option being typed. */
  readonly focused?: { readonly name: string; readonly value: string };
  /** The user's client locale (e.g. "vi", "en-US"). */
  readonly locale?: string;
  readonly guildLocale?: string;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The invoking member's permissions in the channel (null outside a guild). */
  readonly memberPermissions: bigint | null;
  /** The bot's own permissions in the channel (Discord's `app_permissions`). */
  readonly appPermissions: bigint | null;
}

export interface SentMessage {
  readonly id: string | null;
  readonly channelId: string | null;
}

/** How a handler answers; shells choose reply / editReply / followUp from `deferred` and `replied`. */
export interface InteractionResponder {
  readonly deferred: boolean;
  readonly replied: boolean;
  /** Ephemeral or public must be decided before the first response; it cannot change afterwards. */
  reply(message: OutgoingMessage, options: { readonly ephemeral: boolean }): Promise<SentMessage>;
  defer(options: { readonly ephemeral: boolean }): Promise<void>;
  editReply(message: OutgoingMessage): Promise<SentMessage>;
  followUp(message: OutgoingMessage, options: { readonly ephemeral: boolean }): Promise<SentMessage>;
  autocomplete(choices: readonly AutocompleteChoice[]): Promise<void>;
  /** For a button: replaces the message the button is on (paging). Shells without it get a private reply instead. */
  update?(message: OutgoingMessage): Promise<SentMessage>;
}

/** REST actions outside the interaction response. */
export interface DiscordActions {
  pinMessage(channelId: string, messageId: string): Promise<void>;
  /** False when this shell cannot pin at all (HTTP mode without a bot token); absent means it can try. */
  canPin?(): boolean;
}

export interface Services {
  readonly kb: KnowledgeBase;
  readonly engine: AnswerEngine;
  /** The charts of `kb`, with what is drawn and looked up once per knowledge base; replaced with `kb` on a reload. */
  readonly charts: ChartCatalogue;
  readonly logger: Logger;
  readonly discord: DiscordActions;
  /** Returns false when the user is over the /ask rate limit (a promise when the limit is shared through the store). */
  readonly allowAsk: (userId: string, now?: number) => boolean | Promise<boolean>;
  /** Milliseconds until the user may ask again, for the "slow down" message (optional for hand-built Services). */
  readonly askRetryAfterMs?: (userId: string, now?: number) => number | Promise<number>;
  /** Returns false when the user has used up their autocomplete budget (they get no choices); absent = unlimited. */
  readonly allowAutocomplete?: (userId: string, now?: number) => boolean;
  /** Where questions, outcomes and votes are recorded (a store that records nothing when absent). */
  readonly store?: InsightStore;
  /** Prometheus metrics of this process (interactions, answers, latencies); absent = not measured. */
  readonly metrics?: Metrics;
  /** Earlier turns for follow-up questions ("and Meta?"); absent = every question stands alone. */
  readonly conversations?: ConversationMemory;
  /** Which knowledge answers (content hash and load time); it changes when the knowledge is reloaded. */
  readonly knowledge?: KnowledgeVersion;
}

export interface CommandContext {
  readonly input: InteractionInput;
  readonly respond: InteractionResponder;
  readonly services: Services;
}

export interface Command {
  /** Discord's JSON for the command, written out in the command file (the registry checks it when it loads). */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(context: CommandContext): Promise<void>;
  autocomplete?(context: CommandContext): Promise<readonly AutocompleteChoice[]> | readonly AutocompleteChoice[];
  /** For a command whose answer pages (src/interactions/paging.ts): one page, or undefined when `arg` is stale (a
   * promise for pages read from the store, /insights). */
  page?(context: CommandContext, request: PageRequest): PageResult | undefined | Promise<PageResult | undefined>;
}

/** Text a user may see (always privately); anything else thrown is logged in full and replaced by a generic message. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

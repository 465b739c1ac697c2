// Questions asked by mentioning the bot: answered in a public thread started from the message, where every later
// message that mentions or replies to the bot is a follow-up with the thread's earlier turns as context.
import type { Reply } from '../engine/types.js';
import { renderReply } from '../render/answer.js';
import { fitMessage, DISCORD_LIMITS } from '../render/limits.js';
import type { OutgoingMessage } from '../render/message.js';
import { UI } from '../render/strings.js';
import { cleanText } from '../text/normalize.js';
import { truncate } from '../text/truncate.js';
import type { SentMessage, Services } from './contract.js';
import { isMissingPermissions } from './discord-errors.js';
import { localeLang } from './language.js';
import { MENTION_THREAD_BOT_NEEDS, permissionNames } from './permissions.js';
import { recordQuestion } from './recording.js';
import { helpMessage } from './help-message.js';

/** What a shell extracts from a created message before anything here runs. */
export interface MentionMessage {
  readonly id: string;
  readonly authorId: string;
  /** A bot, a webhook or a system message: never answered (the bot's own messages included). */
  readonly authorIsBot: boolean;
  readonly guildId: string | null;
  readonly channelId: string;
  /** 'text': a guild text channel a thread can be started in; 'thread': already in a thread; 'other': neither. */
  readonly place: 'text' | 'thread' | 'other';
  /** The raw content: Discord gives it for a message that mentions the bot even without the Message Content intent. */
  readonly content: string;
  /** The author of the message this one replies to, if it is a reply. */
  readonly repliedToUserId: string | null;
  readonly guildLocale?: string;
}

/** How the shell posts for a mention (discord.js in the gateway; the fake Discord's REST in the tests). */
export interface MentionPoster {
  /** Starts a public thread from the message; resolves the thread's channel id. */
  startThread(name: string): Promise<string>;
  /** Posts in a channel or thread. */
  send(channelId: string, message: OutgoingMessage): Promise<SentMessage>;
  /** Replies to the message itself, in its own channel. */
  reply(message: OutgoingMessage): Promise<SentMessage>;
}

type MentionOutcome = 'ignored' | 'answered' | 'refused' | 'failed';

/** The conversation key of a thread: everyone in it shares its history. */
function threadConversationKey(threadId: string): string {
  return `thread:${threadId}`;
}

function userMention(botId: string): RegExp {
  return new RegExp(`<@!?${botId}>`, 'g');
}

/** True when the message is for the bot: a user mention of it, or (in a thread) a reply to one of its messages. */
function isForBot(message: MentionMessage, botId: string): boolean {
  if (message.authorIsBot || message.guildId === null || message.authorId === botId) return false;
  const mentioned = userMention(botId).test(message.content);
  if (message.place === 'text') return mentioned;
  // A reply that does not ping the bot arrives without its content (no Message Content intent): nothing to answer.
  if (message.place === 'thread')
    return mentioned || (message.repliedToUserId === botId && message.content.trim() !== '');
  return false;
}

/** The question without the bot's mention (other mentions stay; the renderers neutralise echoed text). */
function mentionQuestion(content: string, botId: string): string {
  return content.replace(userMention(botId), ' ').replace(/\s+/g, ' ').trim();
}

/** A thread name from the question (Discord allows 1..100 characters). */
function threadName(question: string, reply: Reply): string {
  const name = truncate(cleanText(question, DISCORD_LIMITS.threadName * 4), DISCORD_LIMITS.threadName);
  return name || UI[reply.lang].threadNameFallback;
}

export interface MentionHandler {
  handle(message: MentionMessage, poster: MentionPoster): Promise<MentionOutcome>;
}

/** At most this many channels remember that they were told about missing permissions (then it starts over). */
const MAX_NOTICED_CHANNELS = 10_000;

/**
 * Answers mentions and thread follow-ups with the same engine, rendering, limits, cooldown and recording as /ask.
 * Never throws. Missing permissions are said once per channel (a reply where the bot can still send), and logged.
 */
export function createMentionHandler(services: Services, botId: string): MentionHandler {
  const noticed = new Set<string>();
  const { logger } = services;

  async function tryPost(what: string, post: () => Promise<SentMessage>, context: object): Promise<void> {
    try {
      await post();
    } catch (error) {
      logger.warn({ ...context, err: error }, `could not post ${what}`);
    }
  }

  return {
    async handle(message, poster) {
      if (!isForBot(message, botId)) return 'ignored';
      const context = { messageId: message.id, channelId: message.channelId, userId: message.authorId };
      const question = mentionQuestion(message.content, botId);
      const fallbackLang = localeLang(message.guildLocale ? { guildLocale: message.guildLocale } : {});
      const inThread = message.place === 'thread';
      let threadId: string | undefined = inThread ? message.channelId : undefined;
      try {
        if (!(await services.allowAsk(message.authorId))) {
          const lang = services.engine.detectLanguage(question) ?? fallbackLang;
          const waitMs = (await services.askRetryAfterMs?.(message.authorId)) ?? 0;
          const text = UI[lang].slowDown(Math.max(1, Math.ceil(waitMs / 1000)));
          await tryPost('the slow-down notice', () => poster.reply({ content: text }), context);
          return 'refused';
        }
        if (question === '') {
          // A bare mention asks nothing: the help text, in reply to it, without starting a thread.
          await tryPost(
            'the help text',
            async () => poster.reply(fitMessage(await helpMessage(services, fallbackLang))),
            context,
          );
          return 'answered';
        }
        const conversation = threadId ? (services.conversations?.recall(threadConversationKey(threadId)) ?? []) : [];
        const reply = services.engine.ask(question, { conversation, fallbackLang });
        threadId ??= await poster.startThread(threadName(question, reply));
        const sent = await poster.send(threadId, fitMessage(renderReply(reply, services.kb, { question })));
        // Only a turn the thread can see is context for the next one.
        services.conversations?.remember(threadConversationKey(threadId), question, reply);
        recordQuestion(services, { id: null, guildId: message.guildId, channelId: threadId }, question, reply, sent);
        logger.debug({ ...context, threadId, answered: reply.answered }, 'answered a mention');
        return 'answered';
      } catch (error) {
        const lang = services.engine.detectLanguage(question) ?? fallbackLang;
        if (isMissingPermissions(error)) {
          logger.warn(
            { ...context, threadId, err: error },
            `missing permissions to answer a mention (${MENTION_THREAD_BOT_NEEDS.map((p) => p.name).join(', ')})`,
          );
          if (noticed.has(message.channelId)) return 'refused';
          if (noticed.size >= MAX_NOTICED_CHANNELS) noticed.clear();
          noticed.add(message.channelId);
          await tryPost(
            'the missing-permissions notice',
            () => poster.reply({ content: UI[lang].threadPermissions(permissionNames(MENTION_THREAD_BOT_NEEDS)) }),
            context,
          );
          return 'refused';
        }
        logger.error({ ...context, threadId, err: error }, 'answering a mention failed');
        const generic = { content: UI[lang].genericError };
        const where = threadId;
        await tryPost('the error notice', () => (where ? poster.send(where, generic) : poster.reply(generic)), context);
        return 'failed';
      }
    },
  };
}

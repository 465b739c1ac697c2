// Test doubles for command and dispatch tests: a responder that records every call, services on the real knowledge.
import { createServices } from '../../src/bootstrap.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import type { AnswerEngine } from '../../src/engine/types.js';
import type {
  AutocompleteChoice,
  DiscordActions,
  InteractionInput,
  InteractionResponder,
  Services,
} from '../../src/interactions/contract.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { LogCapture, testConfig, testKnowledge } from '../e2e/harness.js';
import type { OutgoingMessage } from '../../src/render/message.js';

export type ResponderCall =
  | { readonly method: 'reply'; readonly message: OutgoingMessage; readonly ephemeral: boolean }
  | { readonly method: 'defer'; readonly ephemeral: boolean }
  | { readonly method: 'editReply'; readonly message: OutgoingMessage }
  | { readonly method: 'followUp'; readonly message: OutgoingMessage; readonly ephemeral: boolean }
  | { readonly method: 'autocomplete'; readonly choices: readonly AutocompleteChoice[] };

export interface RecordingResponder extends InteractionResponder {
  readonly calls: ResponderCall[];
  /** Messages shown to the user, in order, with whether each is private. */
  messages(): { message: OutgoingMessage; ephemeral: boolean | undefined }[];
}

/** Behaves like Discord's state machine (deferred / replied); `fail` makes a method throw once. */
export function recordingResponder(
  options: { readonly fail?: Partial<Record<ResponderCall['method'], unknown>> } = {},
): RecordingResponder {
  const calls: ResponderCall[] = [];
  const failures = { ...options.fail };
  let deferred = false;
  let replied = false;
  let ephemeralDeferral = false;
  let ids = 0;
  const maybeFail = (method: ResponderCall['method']) => {
    if (method in failures) {
      const error = failures[method];
      delete failures[method];
      throw error;
    }
  };
  const sent = () => ({ id: `message-${(ids += 1)}`, channelId: 'channel-1' });
  return {
    calls,
    get deferred() {
      return deferred;
    },
    get replied() {
      return replied;
    },
    async reply(message, { ephemeral }) {
      calls.push({ method: 'reply', message, ephemeral });
      maybeFail('reply');
      if (deferred || replied) throw new Error('already acknowledged');
      replied = true;
      return sent();
    },
    async defer({ ephemeral }) {
      calls.push({ method: 'defer', ephemeral });
      maybeFail('defer');
      deferred = true;
      ephemeralDeferral = ephemeral;
    },
    async editReply(message) {
      calls.push({ method: 'editReply', message });
      maybeFail('editReply');
      replied = true;
      return sent();
    },
    async followUp(message, { ephemeral }) {
      calls.push({ method: 'followUp', message, ephemeral });
      maybeFail('followUp');
      return sent();
    },
    async autocomplete(choices) {
      calls.push({ method: 'autocomplete', choices });
      maybeFail('autocomplete');
    },
    messages() {
      return calls.flatMap((call) => {
        if (call.method === 'reply' || call.method === 'followUp')
          return [{ message: call.message, ephemeral: call.ephemeral }];
        if (call.method === 'editReply') return [{ message: call.message, ephemeral: ephemeralDeferral }];
        return [];
      });
    },
  };
}

let engine: AnswerEngine | undefined;
/** The real engine on the test knowledge, built once per test file (building it is the slow part). */
export function sharedEngine(): AnswerEngine {
  engine ??= createAnswerEngine(testKnowledge());
  return engine;
}

export interface TestServices {
  readonly services: Services;
  readonly logs: LogCapture;
  readonly pins: { channelId: string; messageId: string }[];
}

/** Services on the real knowledge and engine; pins are recorded, or fail with `pinError`. */
export function testServices(
  options: {
    readonly pinError?: Error;
    readonly askCooldown?: { max: number; windowMs: number } | null;
    readonly engine?: (kb: KnowledgeBase) => AnswerEngine;
  } = {},
): TestServices {
  const logs = new LogCapture();
  const pins: { channelId: string; messageId: string }[] = [];
  const discord: DiscordActions = {
    async pinMessage(channelId, messageId) {
      if (options.pinError) throw options.pinError;
      pins.push({ channelId, messageId });
    },
  };
  const services = createServices({
    config: testConfig(),
    discord,
    logger: logs.logger,
    kb: testKnowledge(),
    askCooldown: options.askCooldown === undefined ? null : options.askCooldown,
    createEngine: options.engine ?? sharedEngine,
  });
  return { services, logs, pins };
}

let counter = 0;
export function commandInput(
  commandName: string,
  options: InteractionInput['options'] = {},
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  counter += 1;
  return {
    id: `interaction-${counter}`,
    kind: 'command',
    commandName,
    options,
    locale: 'en-US',
    userId: 'user-1',
    guildId: 'guild-1',
    channelId: 'channel-1',
    memberPermissions: (1n << 53n) - 1n,
    appPermissions: (1n << 53n) - 1n,
    ...extra,
  };
}

/** A Discord REST error as discord.js throws it (only what the bot reads: code, status, message). */
export function discordError(code: number, status: number, message: string): Error {
  return Object.assign(new Error(message), { code, status, name: 'DiscordAPIError' });
}

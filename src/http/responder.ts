// The HTTP shell's InteractionResponder: the first response becomes the HTTP reply, later ones go through REST.
import type {
  AutocompleteChoice,
  InteractionInput,
  InteractionResponder,
  SentMessage,
} from '../interactions/contract.js';
import type { Logger } from '../logger.js';
import { fitChoices } from '../render/limits.js';
import {
  EPHEMERAL_FLAG,
  toMessageBody,
  type InteractionWebhook,
  type InteractionWebhookClient,
} from './discord-rest.js';
import type { OutgoingMessage } from '../render/message.js';

/** Discord's interaction callback types that this shell sends in the HTTP response. */
export const CallbackType = {
  Pong: 1,
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  UpdateMessage: 7,
  AutocompleteResult: 8,
} as const;

export interface InitialResponse {
  readonly type: (typeof CallbackType)[keyof typeof CallbackType];
  readonly data?: Record<string, unknown>;
}

class InteractionAlreadyAcknowledgedError extends Error {
  override name = 'InteractionAlreadyAcknowledgedError';
}

class InteractionNotAcknowledgedError extends Error {
  override name = 'InteractionNotAcknowledgedError';
}

/** Shown when a command finished without answering at all (a bug); private and generic, in both languages. */
const NO_ANSWER_MESSAGE: OutgoingMessage = {
  content: 'Something went wrong; please try again. · Đã xảy ra lỗi, vui lòng thử lại.',
};

export interface HttpResponderOptions {
  readonly input: InteractionInput;
  readonly webhook: InteractionWebhook;
  readonly client: InteractionWebhookClient;
  readonly logger: Logger;
}

/**
 * One interaction's responder. The shell awaits `initial` (the HTTP response body), writes it and then
 * calls `markSent()`; methods that produced the first response resolve only after that, so a later
 * edit or follow-up can never reach Discord before the response it edits.
 */
export class HttpInteractionResponder implements InteractionResponder {
  readonly initial: Promise<InitialResponse>;
  #resolveInitial!: (response: InitialResponse) => void;
  readonly #sent: Promise<void>;
  #resolveSent!: () => void;
  #acknowledged = false;
  #deferred = false;
  #replied = false;
  /** The shell deferred on the handler's behalf because the 3-second window was closing. */
  #autoDeferred = false;
  #ephemeral = false;
  readonly #options: HttpResponderOptions;

  constructor(options: HttpResponderOptions) {
    this.#options = options;
    this.initial = new Promise((resolve) => (this.#resolveInitial = resolve));
    this.#sent = new Promise((resolve) => (this.#resolveSent = resolve));
  }

  get deferred(): boolean {
    return this.#deferred;
  }

  get replied(): boolean {
    return this.#replied;
  }

  get acknowledged(): boolean {
    return this.#acknowledged;
  }

  /** Called by the shell once the HTTP response has been written (or has failed: REST is tried anyway). */
  markSent(): void {
    this.#resolveSent();
  }

  #acknowledge(response: InitialResponse): void {
    this.#acknowledged = true;
    this.#resolveInitial(response);
  }

  #webhookSentMessage(): SentMessage {
    return { id: null, channelId: this.#options.input.channelId };
  }

  async reply(message: OutgoingMessage, options: { readonly ephemeral: boolean }): Promise<SentMessage> {
    if (this.#autoDeferred && !this.#replied) {
      if (options.ephemeral !== this.#ephemeral) {
        this.#options.logger.debug(
          { interactionId: this.#options.input.id },
          'late reply keeps the visibility of the automatic deferral',
        );
      }
      return this.editReply(message);
    }
    if (this.#acknowledged) throw new InteractionAlreadyAcknowledgedError('The interaction has already been answered.');
    if (this.#options.input.kind === 'autocomplete')
      throw new TypeError('An autocomplete interaction can only answer with choices.');
    this.#ephemeral = options.ephemeral;
    if (message.files?.length) {
      // Attachments cannot ride in a JSON response: acknowledge now and upload them as the edit.
      this.#acknowledge({
        type: CallbackType.DeferredChannelMessage,
        data: options.ephemeral ? { flags: EPHEMERAL_FLAG } : {},
      });
      this.#deferred = true;
      await this.#sent;
      const sent = await this.#options.client.editOriginal(this.#options.webhook, message);
      this.#replied = true;
      return sent;
    }
    this.#acknowledge({
      type: CallbackType.ChannelMessage,
      data: toMessageBody(message, { ephemeral: options.ephemeral }),
    });
    this.#replied = true;
    await this.#sent;
    // The HTTP response carries no message id; a command that needs one (to pin) defers and edits, as in gateway mode.
    return this.#webhookSentMessage();
  }

  async defer(options: { readonly ephemeral: boolean }): Promise<void> {
    if (this.#autoDeferred && !this.#replied) return;
    if (this.#acknowledged) throw new InteractionAlreadyAcknowledgedError('The interaction has already been answered.');
    if (this.#options.input.kind === 'autocomplete')
      throw new TypeError('An autocomplete interaction cannot be deferred.');
    this.#ephemeral = options.ephemeral;
    this.#acknowledge({
      type: CallbackType.DeferredChannelMessage,
      data: options.ephemeral ? { flags: EPHEMERAL_FLAG } : {},
    });
    this.#deferred = true;
    await this.#sent;
  }

  async editReply(message: OutgoingMessage): Promise<SentMessage> {
    if (!this.#acknowledged) throw new InteractionNotAcknowledgedError('The interaction has not been answered yet.');
    await this.#sent;
    const sent = await this.#options.client.editOriginal(this.#options.webhook, message);
    this.#replied = true;
    return { id: sent.id, channelId: sent.channelId ?? this.#options.input.channelId };
  }

  async followUp(message: OutgoingMessage, options: { readonly ephemeral: boolean }): Promise<SentMessage> {
    if (!this.#acknowledged) throw new InteractionNotAcknowledgedError('The interaction has not been answered yet.');
    await this.#sent;
    const sent = await this.#options.client.followUp(this.#options.webhook, message, options);
    return { id: sent.id, channelId: sent.channelId ?? this.#options.input.channelId };
  }

  /** For a button: the HTTP response replaces the message the button is on (after a late deferral: an edit). */
  async update(message: OutgoingMessage): Promise<SentMessage> {
    if (this.#autoDeferred && !this.#replied) return this.editReply(message);
    if (this.#acknowledged) throw new InteractionAlreadyAcknowledgedError('The interaction has already been answered.');
    if (this.#options.input.kind !== 'button') throw new TypeError('Only a button interaction can update its message.');
    this.#acknowledge({ type: CallbackType.UpdateMessage, data: toMessageBody({ ...message, files: [] }) });
    this.#replied = true;
    await this.#sent;
    return this.#webhookSentMessage();
  }

  async autocomplete(choices: readonly AutocompleteChoice[]): Promise<void> {
    if (this.#acknowledged) throw new InteractionAlreadyAcknowledgedError('The interaction has already been answered.');
    if (this.#options.input.kind !== 'autocomplete')
      throw new TypeError('Only an autocomplete interaction answers with choices.');
    this.#acknowledge({
      type: CallbackType.AutocompleteResult,
      // dispatchInteraction fits them already; this keeps the shell safe with any caller (fitting twice changes nothing).
      data: { choices: fitChoices(choices) },
    });
    this.#replied = true;
    await this.#sent;
  }

  /**
   * Discord's 3-second window is closing and the handler has not answered: defer (privately, since the
   * handler's choice is unknown) so that its answer can still arrive as an edit. Autocomplete cannot be
   * deferred; it gets an empty list.
   */
  acknowledgeLate(): void {
    if (this.#acknowledged) return;
    if (this.#options.input.kind === 'autocomplete') {
      this.#acknowledge({ type: CallbackType.AutocompleteResult, data: { choices: [] } });
      return;
    }
    this.#ephemeral = true;
    this.#autoDeferred = true;
    this.#deferred = true;
    this.#acknowledge({ type: CallbackType.DeferredChannelMessage, data: { flags: EPHEMERAL_FLAG } });
  }

  /** The handler finished without answering (a bug): answer something rather than let Discord time out. */
  acknowledgeMissing(): void {
    if (this.#acknowledged) return;
    if (this.#options.input.kind === 'autocomplete') {
      this.#acknowledge({ type: CallbackType.AutocompleteResult, data: { choices: [] } });
      return;
    }
    this.#acknowledge({
      type: CallbackType.ChannelMessage,
      data: toMessageBody(NO_ANSWER_MESSAGE, { ephemeral: true }),
    });
  }
}

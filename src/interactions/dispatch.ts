// The one entry point for every shell (gateway, HTTP, console): routes an interaction and is its one error path.
import { fitChoices, fitMessage } from '../render/limits.js';
import { UI } from '../render/strings.js';
import { handleButton } from './buttons.js';
import { UserFacingError, type InteractionInput, type InteractionResponder, type Services } from './contract.js';
import { isExpiredInteraction, isMissingPermissions } from './discord-errors.js';
import { localeLang } from './language.js';
import { handlePageClick, isPageCustomId, parsePageCustomId } from './paging.js';
import { getCommandRegistry, type CommandRegistry } from './registry.js';
import type { InteractionOutcome } from '../ops/metrics.js';
import type { OutgoingMessage } from '../render/message.js';

/** Every message leaves through here: cut to Discord's limits, mentions made inert. */
function safeResponder(inner: InteractionResponder): InteractionResponder {
  return {
    get deferred() {
      return inner.deferred;
    },
    get replied() {
      return inner.replied;
    },
    reply: (message, options) => inner.reply(fitMessage(message), options),
    defer: (options) => inner.defer(options),
    editReply: (message) => inner.editReply(fitMessage(message)),
    followUp: (message, options) => inner.followUp(fitMessage(message), options),
    autocomplete: (choices) => inner.autocomplete(fitChoices(choices)),
    ...(inner.update ? { update: (message: OutgoingMessage) => inner.update!(fitMessage(message)) } : {}),
  };
}

/**
 * The failure message in whatever state the interaction is in: a private reply, an edit of the deferral,
 * or a private follow-up. An edited deferral keeps the privacy chosen when deferring, so commands that
 * defer publicly (/pin-summary) check everything they can before deferring.
 */
async function sendFailureMessage(respond: InteractionResponder, message: OutgoingMessage): Promise<void> {
  if (!respond.deferred && !respond.replied) await respond.reply(message, { ephemeral: true });
  else if (respond.deferred && !respond.replied) await respond.editReply(message);
  else await respond.followUp(message, { ephemeral: true });
}

function logContext(input: InteractionInput) {
  return {
    interactionId: input.id,
    command: input.commandName ?? input.customId,
    userId: input.userId,
    guildId: input.guildId,
  };
}

async function reportFailure(
  error: unknown,
  input: InteractionInput,
  respond: InteractionResponder,
  services: Services,
): Promise<InteractionOutcome> {
  const context = logContext(input);
  if (isExpiredInteraction(error)) {
    services.logger.warn({ ...context, err: error }, 'the interaction expired or was already answered');
    return 'expired';
  }
  const ui = UI[localeLang(input)];
  let text: string;
  const outcome: InteractionOutcome = error instanceof UserFacingError ? 'refused' : 'failed';
  if (error instanceof UserFacingError) {
    text = error.message;
  } else if (isMissingPermissions(error)) {
    services.logger.warn({ ...context, err: error }, 'missing permissions in the channel');
    text = ui.missingPermissions;
  } else {
    services.logger.error({ ...context, err: error }, 'interaction failed');
    text = ui.genericError;
  }
  try {
    await sendFailureMessage(respond, { content: text });
  } catch (sendError) {
    const level = isExpiredInteraction(sendError) ? 'warn' : 'error';
    services.logger[level]({ ...context, err: sendError }, 'could not tell the user about a failure');
  }
  return outcome;
}

async function runAutocomplete(
  input: InteractionInput,
  respond: InteractionResponder,
  services: Services,
  registry: CommandRegistry,
): Promise<void> {
  let choices: readonly { name: string; value: string }[] = [];
  try {
    // Over the per-user budget: no choices, and no work spent on them.
    if (services.allowAutocomplete?.(input.userId) !== false) {
      const command = registry.get(input.commandName ?? '');
      const started = performance.now();
      choices = (await command?.autocomplete?.({ input, respond, services })) ?? [];
      services.metrics?.autocomplete((performance.now() - started) / 1000);
    }
  } catch (error) {
    services.logger.error({ ...logContext(input), focused: input.focused?.name, err: error }, 'autocomplete failed');
  }
  try {
    await respond.autocomplete(choices);
  } catch (error) {
    const level = isExpiredInteraction(error) ? 'warn' : 'error';
    services.logger[level]({ ...logContext(input), err: error }, 'could not send autocomplete choices');
  }
}

/**
 * Routes one interaction to its command, autocomplete handler or button, and answers every failure:
 * UserFacingError → its text, privately; Discord's missing permissions → a clear private message;
 * an expired interaction → a warning; anything else → logged in full, a short private generic message.
 * Never throws.
 */
export async function dispatchInteraction(
  input: InteractionInput,
  respond: InteractionResponder,
  services: Services,
  registry?: CommandRegistry,
): Promise<void> {
  const started = performance.now();
  // Pinned for this interaction: a knowledge reload while it runs does not change the engine it started with.
  const pinned: Services = { ...services };
  const outcome = await route(input, safeResponder(respond), pinned, registry);
  services.metrics?.interaction(input.kind, metricName(input), outcome, (performance.now() - started) / 1000);
}

/** The command (or a button's custom id prefix) as a metric label: a known shape, else "other", so labels stay few. */
function metricName(input: InteractionInput): string {
  const name = input.kind === 'button' ? input.customId?.split(':')[0] : input.commandName;
  return name && /^[\p{Ll}\p{N}_-]{1,32}$/u.test(name) ? name : 'other';
}

async function route(
  input: InteractionInput,
  safe: InteractionResponder,
  services: Services,
  registry: CommandRegistry | undefined,
): Promise<InteractionOutcome> {
  try {
    const commands = registry ?? (await getCommandRegistry());
    switch (input.kind) {
      case 'autocomplete':
        await runAutocomplete(input, safe, services, commands);
        return 'ok';
      case 'button': {
        const click = isPageCustomId(input.customId) ? parsePageCustomId(input.customId ?? '') : undefined;
        if (click) await handlePageClick(click, commands.get(click.command), { input, respond: safe, services });
        else await handleButton(input, safe, services);
        return 'ok';
      }
      case 'command': {
        const command = commands.get(input.commandName ?? '');
        if (!command) throw new UserFacingError(UI[localeLang(input)].unknownCommand(input.commandName ?? ''));
        await command.execute({ input, respond: safe, services });
        return 'ok';
      }
    }
  } catch (error) {
    if (input.kind === 'autocomplete') {
      services.logger.error({ ...logContext(input), err: error }, 'autocomplete failed');
      await safe.autocomplete([]).catch(() => undefined);
      return 'failed';
    }
    return reportFailure(error, input, safe, services);
  }
}

// Recognises the Discord API errors the bot handles on purpose, without depending on discord.js error classes.
import { RESTJSONErrorCodes } from '../render/discord-api.js';
import { z } from 'zod';

export const DiscordErrorCode = {
  unknownInteraction: RESTJSONErrorCodes.UnknownInteraction,
  alreadyAcknowledged: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  missingAccess: RESTJSONErrorCodes.MissingAccess,
  missingPermissions: RESTJSONErrorCodes.MissingPermissions,
  pinLimit: RESTJSONErrorCodes.MaximumNumberOfPinsReachedForTheChannel,
} as const;

// discord.js's DiscordAPIError and a plain REST client's error both carry Discord's JSON error code as a number.
const WithCode = z.object({ code: z.number().int() });

/** Discord's JSON error code of a REST error, or undefined for anything else (network errors have string codes). */
export function discordErrorCode(error: unknown): number | undefined {
  const parsed = WithCode.safeParse(error);
  return parsed.success ? parsed.data.code : undefined;
}

/** The interaction is gone (answered too late, or twice): nothing can be sent to it any more. */
export function isExpiredInteraction(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code === DiscordErrorCode.unknownInteraction || code === DiscordErrorCode.alreadyAcknowledged;
}

export function isMissingPermissions(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code === DiscordErrorCode.missingPermissions || code === DiscordErrorCode.missingAccess;
}

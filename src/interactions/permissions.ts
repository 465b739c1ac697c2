// Discord permission bits the bot uses, with the names people see in Discord's settings and why it needs each.
// This one list drives both the checks before acting (/pin-summary) and `npm run invite`.
import { PermissionFlagsBits } from '../render/discord-api.js';

export interface NamedPermission {
  readonly bit: bigint;
  readonly name: string;
}

export const PERMISSIONS = {
  viewChannel: { bit: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  sendMessages: { bit: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  manageMessages: { bit: PermissionFlagsBits.ManageMessages, name: 'Manage Messages' },
  // 1n << 51n: split from Manage Messages in early 2026, so a bot with Manage Messages alone can no longer pin.
  pinMessages: { bit: PermissionFlagsBits.PinMessages, name: 'Pin Messages' },
  createPublicThreads: { bit: PermissionFlagsBits.CreatePublicThreads, name: 'Create Public Threads' },
  sendMessagesInThreads: { bit: PermissionFlagsBits.SendMessagesInThreads, name: 'Send Messages in Threads' },
  readMessageHistory: { bit: PermissionFlagsBits.ReadMessageHistory, name: 'Read Message History' },
} as const satisfies Record<string, NamedPermission>;

/** What the bot itself needs in a channel before /pin-summary posts anything. */
export const PIN_SUMMARY_BOT_NEEDS: readonly NamedPermission[] = [
  PERMISSIONS.viewChannel,
  PERMISSIONS.sendMessages,
  PERMISSIONS.pinMessages,
];

/** What the bot needs to answer a mention in a thread started from it (said when it is missing). */
export const MENTION_THREAD_BOT_NEEDS: readonly NamedPermission[] = [
  PERMISSIONS.createPublicThreads,
  PERMISSIONS.sendMessagesInThreads,
];

/** The default for who may run /pin-summary (`default_member_permissions`); server admins can override it. */
export const PIN_SUMMARY_DEFAULT_MEMBER = PERMISSIONS.manageMessages;

/** Who may run /insights by default: the same moderators as /pin-summary (admins can override it). */
export const INSIGHTS_DEFAULT_MEMBER = PERMISSIONS.manageMessages;

/**
 * Every permission the bot asks for when invited, and why. Replies to slash commands and buttons are interaction
 * responses, which need no channel permission at all; only /pin-summary and answers to mentions (in threads) act in
 * the channel itself.
 */
export const BOT_PERMISSIONS: readonly { readonly permission: NamedPermission; readonly why: string }[] = [
  { permission: PERMISSIONS.viewChannel, why: 'see the channel /pin-summary is run in, to pin there' },
  {
    permission: PERMISSIONS.sendMessages,
    why: 'post the summary that /pin-summary pins; say so when it cannot answer a mention in a thread',
  },
  { permission: PERMISSIONS.pinMessages, why: 'pin that summary (its own permission bit, 1<<51, since 2026)' },
  {
    permission: PERMISSIONS.createPublicThreads,
    why: 'start a thread from a message that mentions it, to answer there',
  },
  {
    permission: PERMISSIONS.sendMessagesInThreads,
    why: 'answer in that thread, and answer the follow-ups asked in it',
  },
  {
    permission: PERMISSIONS.readMessageHistory,
    why: 'reply to the mentioning message itself (Discord requires it for replies) when it cannot start a thread',
  },
];

/** The OAuth2 scopes of the invite: the bot user and its slash commands. */
export const INVITE_SCOPES = ['bot', 'applications.commands'] as const;

/** The permissions integer of the invite: exactly the bits in BOT_PERMISSIONS. */
export function invitePermissions(): bigint {
  return BOT_PERMISSIONS.reduce((bits, { permission }) => bits | permission.bit, 0n);
}

/** The invite URL for an application id. */
export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: INVITE_SCOPES.join(' '),
    permissions: invitePermissions().toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}

/** The permissions of `required` missing from `granted` (all of them when `granted` is null: nothing is known). */
export function missingPermissions(granted: bigint | null, required: readonly NamedPermission[]): NamedPermission[] {
  const administrator = PermissionFlagsBits.Administrator;
  if (granted !== null && (granted & administrator) === administrator) return [];
  return required.filter((permission) => granted === null || (granted & permission.bit) !== permission.bit);
}

export function permissionNames(permissions: readonly NamedPermission[]): string {
  return permissions.map((p) => `**${p.name}**`).join(', ');
}

// Discord permission bits the bot checks before acting, with the names people see in Discord's settings.
import { PermissionFlagsBits } from 'discord.js';

export interface NamedPermission {
  readonly bit: bigint;
  readonly name: string;
}

export const PERMISSIONS = {
  viewChannel: { bit: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  manageMessages: { bit: PermissionFlagsBits.ManageMessages, name: 'Manage Messages' },
  // 1n << 51n: split from Manage Messages in early 2026, so a bot with Manage Messages alone can no longer pin.
  pinMessages: { bit: PermissionFlagsBits.PinMessages, name: 'Pin Messages' },
} as const satisfies Record<string, NamedPermission>;

/** The permissions of `required` missing from `granted` (all of them when `granted` is null: nothing is known). */
export function missingPermissions(granted: bigint | null, required: readonly NamedPermission[]): NamedPermission[] {
  const administrator = PermissionFlagsBits.Administrator;
  if (granted !== null && (granted & administrator) === administrator) return [];
  return required.filter((permission) => granted === null || (granted & permission.bit) !== permission.bit);
}

export function permissionNames(permissions: readonly NamedPermission[]): string {
  return permissions.map((p) => `**${p.name}**`).join(', ');
}

// The Discord API constants of src/render/discord-api.ts are discord.js's own values (the compiler checks the enum
// members; the permission bits are plain bigints there, so they are compared here).
import * as discord from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as local from '../../src/render/discord-api.js';

describe('Discord API constants without discord.js', () => {
  it('are the values discord.js has', () => {
    const groups = [
      ['ButtonStyle', local.ButtonStyle, discord.ButtonStyle],
      ['ComponentType', local.ComponentType, discord.ComponentType],
      ['ApplicationCommandType', local.ApplicationCommandType, discord.ApplicationCommandType],
      ['OptionType', local.OptionType, discord.ApplicationCommandOptionType],
      ['InteractionContextType', local.InteractionContextType, discord.InteractionContextType],
      ['RESTJSONErrorCodes', local.RESTJSONErrorCodes, discord.RESTJSONErrorCodes],
      ['PermissionFlagsBits', local.PermissionFlagsBits, discord.PermissionFlagsBits],
    ] as const;
    for (const [group, ours, theirs] of groups) {
      for (const [name, value] of Object.entries(ours as Record<string, unknown>)) {
        const expected: unknown = (theirs as Record<string, unknown>)[name];
        expect({ group, name, value }).toEqual({ group, name, value: expected });
      }
    }
  });
});

// Unit tests of the interaction schema and its conversion to the platform-neutral InteractionInput.
import { describe, expect, it } from 'vitest';
import {
  InteractionBodySchema,
  toInteractionInput,
  type ActionableInteraction,
} from '../../src/http/interaction-body.js';
import { autocompleteInteraction, buttonInteraction, commandInteraction } from './support/signed-requests.js';

function parse(body: unknown): ActionableInteraction {
  const parsed = InteractionBodySchema.parse(body);
  if (parsed.type === 1) throw new Error('expected an actionable interaction');
  return parsed;
}

describe('toInteractionInput', () => {
  it('reads a direct message: user instead of member, no guild, no member permissions', () => {
    const {
      member: _member,
      guild_id: _guild,
      guild_locale: _locale,
      ...dm
    } = commandInteraction('ask', { question: 'hello' });
    const input = toInteractionInput(parse({ ...dm, user: { id: '123456789012345678' } }));
    expect(input).toMatchObject({
      kind: 'command',
      commandName: 'ask',
      userId: '123456789012345678',
      guildId: null,
      memberPermissions: null,
    });
    expect(input.options).toEqual({ question: 'hello' });
  });

  it('keeps permission bits above 2^53 exact', () => {
    const bits = String((1n << 51n) | (1n << 13n) | 1n);
    const input = toInteractionInput(
      parse(commandInteraction('pin-summary', {}, { memberPermissions: bits, appPermissions: bits })),
    );
    expect(input.memberPermissions).toBe((1n << 51n) | (1n << 13n) | 1n);
    expect(input.appPermissions).toBe(input.memberPermissions);
  });

  it('flattens subcommand options and finds the focused one', () => {
    const base = autocompleteInteraction('ask', {}, 'question');
    const nested = {
      ...base,
      data: {
        ...base.data,
        options: [
          {
            name: 'sub',
            type: 1,
            options: [
              { name: 'question', type: 3, value: 'ope', focused: true },
              { name: 'private', type: 5, value: true },
            ],
          },
        ],
      },
    };
    const input = toInteractionInput(parse(nested));
    expect(input.kind).toBe('autocomplete');
    expect(input.focused).toEqual({ name: 'question', value: 'ope' });
    expect(input.options).toEqual({ question: 'ope', private: true });
  });

  it('reads a button custom id and the channel', () => {
    const input = toInteractionInput(
      parse(buttonInteraction('ask:rel:fact-id:vi', { channelId: '777777777777777777' })),
    );
    expect(input).toMatchObject({
      kind: 'button',
      customId: 'ask:rel:fact-id:vi',
      channelId: '777777777777777777',
    });
    // A button has no command name: the key is absent, not undefined (exactOptionalPropertyTypes).
    expect(input).not.toHaveProperty('commandName');
  });

  it('refuses a custom id over 100 characters and an option value over 6000', () => {
    expect(InteractionBodySchema.safeParse(buttonInteraction('x'.repeat(101))).success).toBe(false);
    expect(InteractionBodySchema.safeParse(commandInteraction('ask', { question: 'x'.repeat(6001) })).success).toBe(
      false,
    );
  });
});

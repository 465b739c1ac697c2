// dispatchInteraction: routing, the one error path, Discord's errors, and the limits applied to every message.
import { describe, expect, test } from 'vitest';
import { UserFacingError, type Command, type CommandContext } from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import type { CommandRegistry } from '../../src/interactions/registry.js';
import { containsLiveMention } from '../../src/render/mentions.js';
import { messageLimitProblems } from '../../src/render/limits.js';
import { commandInput, discordError, recordingResponder, testServices } from './support.js';

function command(
  name: string,
  execute: (context: CommandContext) => Promise<void>,
  autocomplete?: Command['autocomplete'],
): Command {
  return { data: { name, description: name }, execute, ...(autocomplete ? { autocomplete } : {}) };
}

function registry(...commands: Command[]): CommandRegistry {
  return { commands, get: (name) => commands.find((c) => c.data.name === name) };
}

const failing = registry(
  command('boom', async () => {
    throw new Error('secret internals');
  }),
  command('user', async () => {
    throw new UserFacingError('You cannot do that here.');
  }),
  command('deferred-boom', async ({ respond }) => {
    await respond.defer({ ephemeral: true });
    throw new Error('after deferring');
  }),
  command('replied-boom', async ({ respond }) => {
    await respond.reply({ content: 'first' }, { ephemeral: false });
    throw new Error('after replying');
  }),
  command('no-permission', async () => {
    throw discordError(50013, 403, 'Missing Permissions');
  }),
  command('expired', async ({ respond }) => {
    await respond.reply({ content: 'too late' }, { ephemeral: false });
  }),
  command('long', async ({ respond }) => {
    await respond.reply(
      {
        content: `@everyone <@123456789012345678> ${'x'.repeat(3000)}`,
        embeds: [{ description: 'y'.repeat(5000), title: 't'.repeat(300) }],
      },
      { ephemeral: false },
    );
  }),
  command(
    'auto',
    async () => undefined,
    () => {
      throw new Error('autocomplete broke');
    },
  ),
  command(
    'auto-many',
    async () => undefined,
    () => Array.from({ length: 40 }, (_, i) => ({ name: `${'n'.repeat(150)}${i}`, value: `v${i}` })),
  ),
);

describe('the one error path', () => {
  test('an unexpected error is logged in full with the interaction context; the user gets a short private generic message', async () => {
    const { services, logs } = testServices();
    const respond = recordingResponder();
    const input = commandInput('boom');
    await dispatchInteraction(input, respond, services, failing);
    expect(respond.calls).toHaveLength(1);
    const [call] = respond.calls;
    expect(call?.method).toBe('reply');
    expect(call && 'ephemeral' in call && call.ephemeral).toBe(true);
    expect(JSON.stringify(call)).not.toContain('secret internals');
    const logged = logs.find((line) => line.msg === 'interaction failed');
    expect(logged).toMatchObject({
      interactionId: input.id,
      command: 'boom',
      userId: input.userId,
      guildId: input.guildId,
    });
    expect((logged?.err as { stack?: string }).stack).toContain('secret internals');
  });

  test('a UserFacingError shows its own text, privately, and is not logged as an error', async () => {
    const { services, logs } = testServices();
    const respond = recordingResponder();
    await dispatchInteraction(commandInput('user'), respond, services, failing);
    expect(respond.messages()).toEqual([{ message: { content: 'You cannot do that here.' }, ephemeral: true }]);
    expect(logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  test('after a deferral the error edits the deferred reply; after a reply it follows up privately', async () => {
    const { services } = testServices();
    const deferred = recordingResponder();
    await dispatchInteraction(commandInput('deferred-boom'), deferred, services, failing);
    expect(deferred.calls.map((c) => c.method)).toEqual(['defer', 'editReply']);
    const replied = recordingResponder();
    await dispatchInteraction(commandInput('replied-boom'), replied, services, failing);
    expect(replied.calls.map((c) => c.method)).toEqual(['reply', 'followUp']);
    expect(replied.calls[1]).toMatchObject({ ephemeral: true });
  });

  test('Missing Permissions (50013) becomes a clear private message', async () => {
    const { services, logs } = testServices();
    const respond = recordingResponder();
    await dispatchInteraction(commandInput('no-permission'), respond, services, failing);
    const [message] = respond.messages();
    expect(message?.ephemeral).toBe(true);
    expect(message?.message.content).toMatch(/permission/i);
    expect(logs.find((l) => l.level === 40)).toBeDefined();
  });

  test('Unknown interaction (10062) is a warning: no second attempt, no error, no throw', async () => {
    const { services, logs } = testServices();
    const respond = recordingResponder({ fail: { reply: discordError(10062, 404, 'Unknown interaction') } });
    await expect(dispatchInteraction(commandInput('expired'), respond, services, failing)).resolves.toBeUndefined();
    expect(respond.calls.map((c) => c.method)).toEqual(['reply']);
    expect(logs.find((l) => l.level === 40 && String(l.msg).includes('expired'))).toBeDefined();
    expect(logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  test('never throws, even when telling the user about a failure fails too', async () => {
    const { services, logs } = testServices();
    const respond = recordingResponder({ fail: { reply: new Error('network down') } });
    await expect(dispatchInteraction(commandInput('boom'), respond, services, failing)).resolves.toBeUndefined();
    expect(logs.find((l) => l.msg === 'could not tell the user about a failure')).toBeDefined();
  });

  test('an unknown command and an unknown button get private messages', async () => {
    const { services } = testServices();
    const unknown = recordingResponder();
    await dispatchInteraction(commandInput('nope'), unknown, services, failing);
    expect(unknown.messages()[0]).toMatchObject({ ephemeral: true });
    const button = recordingResponder();
    await dispatchInteraction(
      { ...commandInput('x'), kind: 'button', customId: 'ask:zzz:1:en' },
      button,
      services,
      failing,
    );
    expect(button.messages()[0]).toMatchObject({ ephemeral: true });
  });
});

describe('every message leaves within limits and inert', () => {
  test('an oversized reply with mentions is cut to Discord’s limits and its mentions neutralised', async () => {
    const { services } = testServices();
    const respond = recordingResponder();
    await dispatchInteraction(commandInput('long'), respond, services, failing);
    const [sent] = respond.messages();
    expect(sent).toBeDefined();
    expect(messageLimitProblems(sent?.message ?? {})).toEqual([]);
    expect(containsLiveMention(JSON.stringify(sent?.message))).toBe(false);
  });

  test('autocomplete: a failure answers an empty list; too many or too long choices are trimmed', async () => {
    const { services } = testServices();
    const broken = recordingResponder();
    await dispatchInteraction(
      { ...commandInput('auto'), kind: 'autocomplete', focused: { name: 'q', value: 'x' } },
      broken,
      services,
      failing,
    );
    expect(broken.calls).toEqual([{ method: 'autocomplete', choices: [] }]);
    const many = recordingResponder();
    await dispatchInteraction(
      { ...commandInput('auto-many'), kind: 'autocomplete', focused: { name: 'q', value: '' } },
      many,
      services,
      failing,
    );
    const call = many.calls[0];
    const choices = call?.method === 'autocomplete' ? call.choices : [];
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100)).toBe(true);
  });
});

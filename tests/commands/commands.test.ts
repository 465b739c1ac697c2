// The slash commands through dispatchInteraction, on the real knowledge and engine, with a recording responder.
import { beforeAll, describe, expect, test } from 'vitest';
import type { InteractionInput } from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { PERMISSIONS } from '../../src/interactions/permissions.js';
import { loadCommands, type CommandRegistry } from '../../src/interactions/registry.js';
import { commandInput, discordError, recordingResponder, testServices, type TestServices } from './support.js';
import type { OutgoingMessage } from '../../src/render/message.js';

let registry: CommandRegistry;
beforeAll(async () => {
  registry = await loadCommands();
});

async function run(input: InteractionInput, context: TestServices = testServices()) {
  const respond = recordingResponder();
  await dispatchInteraction(input, respond, context.services, registry);
  return { respond, messages: respond.messages(), ...context };
}

function embedText(message: OutgoingMessage | undefined): string {
  return JSON.stringify(message?.embeds ?? []);
}

describe('/ask', () => {
  test('free text is looked up by the engine, in the question’s language', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find((f) => services.engine.ask(f.questions.vi[0] ?? '').factId === f.id);
    expect(fact).toBeDefined();
    const { messages } = await run(commandInput('ask', { question: fact?.questions.vi[0] ?? '' }));
    expect(messages[0]?.message.embeds?.[0]?.description).toBe(fact?.answer.vi);
  });

  test('language: en overrides the question’s language; the locale is only a fallback', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.find(
      (f) => services.engine.ask(f.questions.vi[0] ?? '', { lang: 'en' }).factId === f.id,
    );
    const forced = await run(
      commandInput('ask', { question: fact?.questions.vi[0] ?? '', language: 'en' }, { locale: 'vi' }),
    );
    expect(forced.messages[0]?.message.embeds?.[0]?.description).toBe(fact?.answer.en);
  });

  test('an autocomplete value answers exactly that fact; its question becomes the title', async () => {
    const { services } = testServices();
    const fact = services.kb.facts.at(-1);
    const { messages } = await run(commandInput('ask', { question: `${fact?.id}:en` }));
    const embed = messages[0]?.message.embeds?.[0];
    expect(embed?.description).toBe(fact?.answer.en);
    expect(embed?.title).toBe(fact?.questions.en[0]);
  });

  test('autocomplete choices carry fact ids with the language they were shown in, and resolve on execute', async () => {
    const context = testServices();
    const respond = recordingResponder();
    await dispatchInteraction(
      {
        ...commandInput('ask', { question: 'nvidia' }),
        kind: 'autocomplete',
        focused: { name: 'question', value: 'nvidia' },
      },
      respond,
      context.services,
      registry,
    );
    const call = respond.calls[0];
    const choices = call?.method === 'autocomplete' ? call.choices : [];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.value).toMatch(/^[a-z0-9-]+:(en|vi)$/);
    const [factId = '', lang = ''] = (choices[0]?.value ?? '').split(':');
    const fact = context.services.kb.factsById.get(factId);
    const { messages } = await run(commandInput('ask', { question: choices[0]?.value ?? '' }), context);
    expect(messages[0]?.message.embeds?.[0]?.description).toBe(fact?.answer[lang as 'en' | 'vi']);
  });

  test('an empty question is refused privately, naming the option', async () => {
    const { messages } = await run(commandInput('ask', { question: '   ' }));
    expect(messages[0]?.ephemeral).toBe(true);
    expect(messages[0]?.message.content).toContain('question');
  });

  test('over the cooldown: a private "slow down" with the seconds left, in the question’s language', async () => {
    const context = testServices({ askCooldown: { max: 1, windowMs: 30_000 } });
    await run(commandInput('ask', { question: 'OpenAI lỗ bao nhiêu?' }), context);
    const { messages } = await run(commandInput('ask', { question: 'OpenAI lỗ bao nhiêu?' }), context);
    expect(messages[0]?.ephemeral).toBe(true);
    expect(messages[0]?.message.content).toMatch(/sau (30|29) giây/);
  });
});

describe('/pin-summary', () => {
  const pinInput = (extra: Partial<InteractionInput> = {}) => commandInput('pin-summary', { length: 'short' }, extra);

  test('defers publicly, posts the summary, pins that message and confirms privately', async () => {
    const { respond, pins } = await run(pinInput());
    expect(respond.calls.map((c) => c.method)).toEqual(['defer', 'editReply', 'followUp']);
    expect(respond.calls[0]).toEqual({ method: 'defer', ephemeral: false });
    expect(pins).toEqual([{ channelId: 'channel-1', messageId: 'message-1' }]);
    expect(respond.calls[2]).toMatchObject({ ephemeral: true });
  });

  test.each([
    [
      'the bot lacks Pin Messages',
      { appPermissions: PERMISSIONS.viewChannel.bit | PERMISSIONS.sendMessages.bit | PERMISSIONS.manageMessages.bit },
      'Pin Messages',
    ],
    [
      'the bot cannot see the channel',
      { appPermissions: PERMISSIONS.sendMessages.bit | PERMISSIONS.pinMessages.bit },
      'View Channel',
    ],
    [
      'the bot cannot send messages',
      { appPermissions: PERMISSIONS.viewChannel.bit | PERMISSIONS.pinMessages.bit },
      'Send Messages',
    ],
    ['outside a server', { guildId: null, memberPermissions: null }, 'server'],
  ])('refuses privately before posting when %s', async (_label, extra, named) => {
    const { respond, pins } = await run(pinInput(extra));
    expect(respond.calls.map((c) => c.method)).toEqual(['reply']);
    expect(respond.messages()[0]).toMatchObject({ ephemeral: true });
    expect(respond.messages()[0]?.message.content).toContain(named);
    expect(pins).toEqual([]);
  });

  test('does not second-guess Discord about the member: one an admin allowed, without Manage Messages, may pin', async () => {
    const { respond, pins } = await run(pinInput({ memberPermissions: PERMISSIONS.viewChannel.bit }));
    expect(respond.calls.map((c) => c.method)).toEqual(['defer', 'editReply', 'followUp']);
    expect(pins).toHaveLength(1);
  });

  test('refuses before posting when the shell cannot pin at all (HTTP mode without a bot token)', async () => {
    const base = testServices();
    const context = {
      ...base,
      services: { ...base.services, discord: { ...base.services.discord, canPin: () => false } },
    };
    const { respond, pins } = await run(pinInput(), context);
    expect(respond.calls.map((c) => c.method)).toEqual(['reply']);
    expect(respond.messages()[0]).toMatchObject({ ephemeral: true });
    expect(respond.messages()[0]?.message.content).toContain('nothing was posted');
    expect(pins).toEqual([]);
  });

  test.each([
    [
      'the pin limit (30003)',
      discordError(30003, 400, 'Maximum number of pins reached (50)'),
      /limit of pinned messages/,
    ],
    ['Missing Permissions (50013)', discordError(50013, 403, 'Missing Permissions'), /Pin Messages/],
  ])('Discord refusing the pin with %s is explained privately after the post', async (_label, error, expected) => {
    const { respond } = await run(pinInput(), testServices({ pinError: error }));
    expect(respond.calls.map((c) => c.method)).toEqual(['defer', 'editReply', 'followUp']);
    expect(respond.calls[2]).toMatchObject({ ephemeral: true });
    expect(respond.messages()[1]?.message.content).toMatch(expected);
  });

  test('an unexpected pin failure is logged and the user gets the generic message', async () => {
    const { respond, logs } = await run(pinInput(), testServices({ pinError: new Error('socket hang up') }));
    expect(respond.calls.map((c) => c.method)).toEqual(['defer', 'editReply', 'followUp']);
    expect(logs.find((line) => line.msg === 'interaction failed')).toBeDefined();
  });
});

describe('/quote and /figure', () => {
  test('/quote with a speaker id from autocomplete shows exactly that speaker’s quotes, verbatim and translated', async () => {
    const { services } = testServices();
    const quote = services.kb.quotes[0];
    const own = services.kb.quotes.filter((q) => q.speaker === quote?.speaker || q.organisation === quote?.speaker);
    const { messages } = await run(commandInput('quote', { speaker: quote?.speaker ?? '' }));
    const embeds = messages[0]?.message.embeds ?? [];
    expect(embeds).toHaveLength(own.length);
    expect(embedText(messages[0]?.message)).toContain(JSON.stringify(quote?.text).slice(1, -1));
    expect(embedText(messages[0]?.message)).toContain(`¶${quote?.paragraph}`);
  });

  test('/quote without a speaker shows the first page of quotes with ◀ n/N ▶ when they do not fit one message', async () => {
    const { services } = testServices();
    const { messages } = await run(commandInput('quote'));
    const message = messages[0]?.message;
    const shown = message?.embeds?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    const pager = JSON.stringify(message?.components ?? []);
    if (shown < services.kb.quotes.length) expect(pager).toMatch(/"label":"1\/\d+"/);
    else expect(pager).not.toContain('pg:');
  });

  test('/quote and /figure for something the article does not have say so, echoing the query inertly', async () => {
    for (const [name, option] of [
      ['quote', 'speaker'],
      ['figure', 'subject'],
    ] as const) {
      const { messages } = await run(commandInput(name, { [option]: '@everyone zzqx' }));
      expect(messages[0]?.message.content).toContain('zzqx');
      expect(messages[0]?.message.content).not.toContain('@everyone');
    }
  });

  test('/figure with a subject id lists each of its figures with ¶', async () => {
    const { services } = testServices();
    const subject = services.engine.figuresBySubject('')[0];
    const { messages } = await run(commandInput('figure', { subject: subject?.subject ?? '' }));
    const description = messages[0]?.message.embeds?.[0]?.description ?? '';
    for (const entry of subject?.figures ?? []) expect(description).toContain(`${entry.figure.label.en}`);
    expect(description.match(/\(¶\d+\)/g)?.length).toBe(subject?.figures.length);
  });
});

describe('/help, /topics, /source', () => {
  test('/help lists every registered command and is private', async () => {
    const { messages } = await run(commandInput('help'));
    expect(messages[0]?.ephemeral).toBe(true);
    for (const command of registry.commands)
      expect(messages[0]?.message.embeds?.[0]?.description).toContain(`/${command.data.name}`);
  });

  test('/help in Vietnamese shows the localised command names', async () => {
    const { messages } = await run(commandInput('help', {}, { locale: 'vi' }));
    expect(messages[0]?.message.embeds?.[0]?.description).toContain('/hỏi');
  });

  test('/topics lists every section with its paragraphs; /source names author, origin, date and disclaimer', async () => {
    const { services } = testServices();
    const topics = await run(commandInput('topics'));
    const fields = topics.messages[0]?.message.embeds?.[0]?.fields ?? [];
    expect(fields).toHaveLength(services.kb.meta.sections.length);
    const source = embedText((await run(commandInput('source'))).messages[0]?.message);
    const { meta } = services.kb;
    for (const part of [
      meta.origin.author,
      meta.origin.account.name,
      meta.origin.republishedBy.name,
      meta.origin.platform.name,
      meta.date,
    ]) {
      expect(source).toContain(part);
    }
  });
});

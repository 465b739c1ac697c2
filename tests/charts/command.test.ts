// /chart: options, the PNG reply and its embed, errors listing the charts, autocomplete limits; also through the real dispatcher.
import { describe, expect, it } from 'vitest';
import chart from '../../commands/chart.js';
import { chartAttachmentFor, chartImage } from '../../src/charts/message.js';
import { ChartCatalogue, chartForSubject } from '../../src/charts/catalogue.js';
import type { AnswerEngine } from '../../src/engine/types.js';
import {
  UserFacingError,
  type AutocompleteChoice,
  type CommandContext,
  type InteractionInput,
  type InteractionResponder,
  type OptionValue,
  type Services,
} from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { loadCommands } from '../../src/interactions/registry.js';
import { createLogger } from '../../src/logger.js';
import { messageLimitProblems } from '../../src/render/limits.js';
import { articleKnowledge } from './knowledge.js';
import { PNG_SIGNATURE } from './png.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const kb = articleKnowledge();
const services: Services = {
  kb,
  engine: {} as AnswerEngine,
  charts: new ChartCatalogue(kb),
  logger: createLogger('silent'),
  discord: { pinMessage: async () => undefined },
  allowAsk: () => true,
};

interface Sent {
  readonly message: OutgoingMessage;
  readonly ephemeral: boolean;
}

function fakeResponder(): InteractionResponder & { sent: Sent[]; choices: (readonly AutocompleteChoice[])[] } {
  const sent: Sent[] = [];
  const choices: (readonly AutocompleteChoice[])[] = [];
  let replied = false;
  return {
    sent,
    choices,
    deferred: false,
    get replied() {
      return replied;
    },
    async reply(message, options) {
      replied = true;
      sent.push({ message, ephemeral: options.ephemeral });
      return { id: '1', channelId: '2' };
    },
    async defer() {},
    async editReply(message) {
      sent.push({ message, ephemeral: false });
      return { id: '1', channelId: '2' };
    },
    async followUp(message, options) {
      sent.push({ message, ephemeral: options.ephemeral });
      return { id: '1', channelId: '2' };
    },
    async autocomplete(list) {
      choices.push(list);
    },
  };
}

function input(
  options: Record<string, OptionValue | undefined>,
  extra: Partial<InteractionInput> = {},
): InteractionInput {
  return {
    id: '100',
    kind: 'command',
    commandName: 'chart',
    options,
    locale: 'en-US',
    userId: '200',
    guildId: '300',
    channelId: '400',
    memberPermissions: null,
    appPermissions: null,
    ...extra,
  };
}

async function run(options: Record<string, OptionValue | undefined>, extra: Partial<InteractionInput> = {}) {
  const respond = fakeResponder();
  const context: CommandContext = { input: input(options, extra), respond, services };
  await chart.execute(context);
  return respond.sent;
}

describe('/chart definition', () => {
  it('has a required, autocompleted subject and a language choice, localised in Vietnamese', () => {
    const { data } = chart;
    expect(data.name).toBe('chart');
    expect(data.name_localizations?.vi).toBeTruthy();
    expect(data.description_localizations?.vi).toBeTruthy();
    const [subject, language] = data.options ?? [];
    expect(subject).toMatchObject({ name: 'subject', autocomplete: true, required: true });
    expect(subject?.name_localizations?.vi).toBeTruthy();
    expect(language?.name).toBe('language');
    expect(language && 'choices' in language ? language.choices?.map((c) => c.value) : []).toEqual([
      'auto',
      'en',
      'vi',
    ]);
  });
});

describe('/chart execute', () => {
  it('replies publicly with the PNG attached and an embed showing it and citing the paragraphs', async () => {
    const [sent, ...more] = await run({ subject: 'openai' });
    expect(more).toEqual([]);
    expect(sent?.ephemeral).toBe(false);
    const file = sent?.message.files?.[0];
    expect(file?.name).toBe('openai-2024-en.png');
    expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(file?.description).toContain('$8.5B');
    const embed = sent?.message.embeds?.[0];
    expect(embed?.image?.url).toBe('attachment://openai-2024-en.png');
    expect(embed?.title).toBe("OpenAI's costs this year vs its expected loss");
    expect(embed?.description).toContain('(¶2)');
    expect(embed?.description).toContain('$1.5B');
    expect(embed?.footer?.text).toContain('36Kr / Followin, 2024-07-29');
    expect(messageLimitProblems(sent?.message ?? {})).toEqual([]);
  });

  it('answers in Vietnamese for a Vietnamese client, and the language option overrides it', async () => {
    const [vi] = await run({ subject: 'nvidia' }, { locale: 'vi' });
    expect(vi?.message.files?.[0]?.name).toBe('nvidia-market-share-vi.png');
    expect(vi?.message.embeds?.[0]?.title).toBe('Thị phần chip AI của Nvidia');
    expect(vi?.message.embeds?.[0]?.description).toContain('(¶23)');
    const [en] = await run({ subject: 'nvidia', language: 'en' }, { locale: 'vi' });
    expect(en?.message.files?.[0]?.name).toBe('nvidia-market-share-en.png');
    const [forced] = await run({ subject: 'goldman', language: 'vi' });
    expect(forced?.message.files?.[0]?.name).toBe('goldman-forecasts-vi.png');
  });

  it('takes a chart id from autocomplete as it is, and names subjects in the caption when it compares them', async () => {
    const [sent] = await run({ subject: 'cisco-2000' });
    expect(sent?.message.files?.[0]?.name).toBe('cisco-2000-en.png');
    expect(sent?.message.embeds?.[0]?.description).toMatch(/Cisco — .*nearly 70%/);
    expect(sent?.message.embeds?.[0]?.description).toMatch(/Nvidia — .*95%/);
  });

  it('lists the charts when the subject matches none, in the reply language', async () => {
    const error = await run({ subject: 'quantum blockchain' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    for (const definition of articleKnowledge().charts) expect((error as Error).message).toContain(definition.id);
    expect((error as Error).message).toContain('quantum blockchain');
    const vi = await run({ subject: 'quantum blockchain' }, { locale: 'vi' }).catch((e: unknown) => e);
    expect((vi as Error).message).toContain('Không có biểu đồ nào');
    expect((vi as Error).message).toContain('Thị phần chip AI của Nvidia');
  });

  it('rejects invalid options with a user-facing message', async () => {
    await expect(run({ subject: '   ' })).rejects.toBeInstanceOf(UserFacingError);
    await expect(run({ subject: 'openai', language: 'fr' })).rejects.toBeInstanceOf(UserFacingError);
    await expect(run({ subject: 42 })).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('/chart autocomplete', () => {
  const complete = (value: string, extra: Partial<InteractionInput> = {}, using: Services = services) =>
    chart.autocomplete({
      input: input({}, { kind: 'autocomplete', focused: { name: 'subject', value }, ...extra }),
      respond: fakeResponder(),
      services: using,
    });

  it('offers every chart for an empty query, within Discord limits, valued by chart id', () => {
    const choices = complete('');
    expect(choices.map((c) => c.value)).toEqual(articleKnowledge().charts.map((d) => d.id));
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('ranks the matching chart first and names it in the user’s language', () => {
    expect(complete('nvidia')[0]?.value).toBe('nvidia-market-share');
    expect(complete('big tech')[0]?.value).toBe('ai-spend-vs-revenue');
    const vi = complete('openai', { locale: 'vi' });
    expect(vi[0]).toMatchObject({ value: 'openai-2024' });
    expect(vi[0]?.name).toContain('Chi phí');
    expect(complete('zzzzqqq')).toEqual([]);
  });

  it('broken services reach the one autocomplete error path: logged, and an empty list sent', async () => {
    const broken = { ...services, kb: undefined, charts: undefined } as unknown as Services;
    expect(() => complete('openai', {}, broken)).toThrow();
    const respond = fakeResponder();
    await dispatchInteraction(
      input({}, { kind: 'autocomplete', focused: { name: 'subject', value: 'openai' } }),
      respond,
      broken,
    );
    expect(respond.choices).toEqual([[]]);
    expect(complete('x'.repeat(5000))).toEqual([]);
  });
});

describe('/chart through the command loader and dispatcher', () => {
  it('is loaded from commands/ and answers with its PNG', async () => {
    const registry = await loadCommands();
    expect(registry.get('chart')).toBeDefined();
    const respond = fakeResponder();
    await dispatchInteraction(input({ subject: 'spend' }), respond, services, registry);
    expect(respond.sent).toHaveLength(1);
    expect(respond.sent[0]?.message.files?.[0]?.name).toBe('ai-spend-vs-revenue-en.png');
    const autocomplete = fakeResponder();
    await dispatchInteraction(
      input({}, { kind: 'autocomplete', focused: { name: 'subject', value: 'cisco' } }),
      autocomplete,
      services,
      registry,
    );
    expect(autocomplete.choices[0]?.[0]?.value).toBe('cisco-2000');
  });
});

describe('chart attachments for other replies (/figure)', () => {
  const catalogue = services.charts;

  it('draws each chart once per catalogue; a new catalogue (a reloaded knowledge base) draws it again', () => {
    const first = chartImage(catalogue, 'openai-2024', 'en');
    expect(chartImage(catalogue, 'openai-2024', 'en')).toBe(first);
    const redrawn = chartImage(new ChartCatalogue(kb), 'openai-2024', 'en');
    expect(redrawn).not.toBe(first);
    expect(redrawn.png.equals(first.png)).toBe(true);
  });

  it('gives the chart of an entity that figures are about, as a file and an attachment URL', () => {
    const attachment = chartAttachmentFor(catalogue, 'openai', 'vi');
    expect(attachment?.chartId).toBe('openai-2024');
    expect(attachment?.file.name).toBe('openai-2024-vi.png');
    expect(attachment?.file.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(attachment?.imageUrl).toBe('attachment://openai-2024-vi.png');
  });

  it('maps subjects and quoted analysts to their charts, and nothing else', () => {
    expect(chartForSubject(catalogue, 'openai')).toBe('openai-2024');
    expect(chartForSubject(catalogue, 'big-tech')).toBe('ai-spend-vs-revenue');
    expect(chartForSubject(catalogue, 'nvidia')).toBe('nvidia-market-share');
    expect(chartForSubject(catalogue, 'cisco')).toBe('cisco-2000');
    expect(chartForSubject(catalogue, 'goldman')).toBe('goldman-forecasts');
    expect(chartForSubject(catalogue, 'covello')).toBe('goldman-forecasts');
    expect(chartForSubject(catalogue, 'cahn')).toBe('ai-spend-vs-revenue');
    expect(chartForSubject(catalogue, 'norvig')).toBe('nvidia-market-share');
    // Mentioned beside a chart's number, but the number is not about them.
    expect(chartForSubject(catalogue, 'google-research')).toBeUndefined();
    expect(chartForSubject(catalogue, 'the-information')).toBeUndefined();
    expect(chartAttachmentFor(catalogue, 'google', 'en')).toBeUndefined();
  });
});

// /read: every paragraph fits Discord whole in both languages, paging visits every paragraph once each way,
// `where` and its autocomplete, and the "Source paragraph" button in both languages with "Read on ▶".
import type { APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, it } from 'vitest';
import readCommand from '../../commands/read.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { PAGE_TTL_MS, withPager } from '../../src/interactions/paging.js';
import { loadCommands } from '../../src/interactions/registry.js';
import { renderingOf } from '../../src/knowledge/renderings.js';
import { fitMessage, messageLimitProblems } from '../../src/render/limits.js';
import { readChoices, renderParagraph, resolveWhere } from '../../src/render/read.js';
import { commandInput, recordingResponder, testServices } from '../commands/support.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const { services } = testServices();
const { kb } = services;
const registry = await loadCommands();

function buttons(message: OutgoingMessage | undefined): APIButtonComponentWithCustomId[] {
  return (message?.components ?? []).flatMap((row) => row.components as APIButtonComponentWithCustomId[]);
}

/** Runs one interaction through dispatch; returns what was shown (reply or in-place update). */
async function run(input: Parameters<typeof dispatchInteraction>[0]) {
  const inner = recordingResponder();
  const updates: OutgoingMessage[] = [];
  const respond = Object.assign(inner, {
    async update(message: OutgoingMessage) {
      updates.push(message);
      return { id: 'm', channelId: 'c' };
    },
  });
  await dispatchInteraction(input, respond, services, registry);
  return { shown: updates[0] ?? inner.messages()[0]?.message, messages: inner.messages(), updates };
}

const press = (customId: string, userId = 'user-1') => run(commandInput('', {}, { kind: 'button', customId, userId }));
const description = (message: OutgoingMessage | undefined) => message?.embeds?.[0]?.description ?? '';

describe('/read rendering', () => {
  it.each(['both', 'en', 'vi'] as const)('every paragraph fits Discord whole (%s), in both UI languages', (show) => {
    for (const lang of ['en', 'vi'] as const) {
      for (const p of kb.paragraphs) {
        const message = renderParagraph(kb, p.number, { show, lang });
        expect(messageLimitProblems(message!), `¶${p.number}`).toEqual([]);
        expect(fitMessage(message!), `¶${p.number} was cut`).toEqual(message);
        const text = description(message);
        if (show !== 'en') expect(text).toContain(p.text);
        else expect(text).not.toContain(p.text);
        if (show !== 'vi') expect(text).toContain(renderingOf(kb.renderings, p.number));
        expect(message?.embeds?.[0]?.title).toMatch(new RegExp(`^¶${p.number} · `));
      }
    }
  });

  it('shows the translation notes that apply and the rendering label', () => {
    const p2 = renderParagraph(kb, 2, { show: 'both', lang: 'en' })!.embeds![0]!;
    expect(p2.fields?.[0]?.value).toContain('inference cost');
    expect(p2.footer?.text).toContain('English rendering by this project of a Vietnamese machine translation');
    expect(renderParagraph(kb, 3, { show: 'both', lang: 'en' })!.embeds![0]!.fields).toBeUndefined();
    expect(renderParagraph(kb, 34, { show: 'both', lang: 'en' })).toBeUndefined();
  });

  it('puts the section heading line above a paragraph that opens a section, in each language shown', () => {
    const section = kb.meta.sections.find((s) => s.heading && s.paragraphs[0] === 7)!;
    const english = kb.renderings!.headings.find((h) => h.section === section.id)!.text;
    const both = description(renderParagraph(kb, 7, { show: 'both', lang: 'vi' }));
    expect(both.indexOf(`**${section.heading}**`)).toBeLessThan(both.indexOf(kb.paragraphs[6]!.text));
    expect(both.indexOf(`**${english}**`)).toBeLessThan(both.indexOf(renderingOf(kb.renderings, 7)!));
    expect(description(renderParagraph(kb, 7, { show: 'en', lang: 'vi' }))).not.toContain(section.heading!);
    expect(description(renderParagraph(kb, 7, { show: 'vi', lang: 'en' }))).not.toContain(english);
    expect(description(renderParagraph(kb, 8, { show: 'both', lang: 'en' }))).not.toContain(english);
  });

  it('resolves where: a number, ¶n, a section id or title in either language', () => {
    expect(resolveWhere(kb, '2')).toBe(2);
    expect(resolveWhere(kb, '¶33')).toBe(33);
    expect(resolveWhere(kb, '34')).toBeUndefined();
    expect(resolveWhere(kb, 'conclusion')).toBe(29);
    expect(resolveWhere(kb, 'Phan ket luan')).toBe(29);
    expect(resolveWhere(kb, 'high investment, low returns')).toBe(7);
    expect(resolveWhere(kb, 'banana')).toBeUndefined();
  });

  it('autocompletes "¶2 · …" in the typing language, at most 25 choices of at most 100 characters', () => {
    const en = readChoices(kb, 'openai lose', 'en');
    expect(en[0]).toEqual({ name: expect.stringMatching(/^¶2 · The first to bear the burden/) as string, value: '2' });
    const vi = readChoices(kb, 'openai lỗ vốn', 'vi');
    expect(vi[0]?.name).toMatch(/^¶2 · Người đầu tiên/);
    expect(readChoices(kb, '3', 'en').map((c) => c.value)).toEqual(['3', '30', '31', '32', '33']);
    expect(readChoices(kb, 'kết luận', 'vi')[0]).toMatchObject({ value: 'conclusion' });
    for (const typed of ['', 'a', 'nvidia', '1'])
      for (const c of readChoices(kb, typed, 'en')) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(resolveWhere(kb, c.value)).toBeDefined();
      }
    expect(readChoices(kb, '', 'en').length).toBeLessThanOrEqual(25);
  });
});

describe('/read command and paging', () => {
  it('with no where shows ¶1 privately; private:false posts it', async () => {
    const { messages } = await run(commandInput('read'));
    expect(messages[0]?.ephemeral).toBe(true);
    expect(messages[0]?.message.embeds?.[0]?.title).toMatch(/^¶1 · /);
    const posted = await run(commandInput('read', { where: '5', private: false }));
    expect(posted.messages[0]?.ephemeral).toBe(false);
    expect(posted.messages[0]?.message.embeds?.[0]?.title).toMatch(/^¶5 · /);
  });

  it('refuses a where that names nothing, privately and by name', async () => {
    const { messages } = await run(commandInput('read', { where: 'banana' }));
    expect(messages).toEqual([
      { message: { content: expect.stringContaining('no paragraph or section "banana"') as string }, ephemeral: true },
    ]);
  });

  it('pages from the first paragraph to the last and back, visiting each exactly once each way', async () => {
    let message = (await run(commandInput('read', { language: 'en' }))).shown;
    const forward = [message?.embeds?.[0]?.title];
    while (buttons(message)[2]?.disabled === false) {
      message = (await press(buttons(message)[2]!.custom_id)).shown;
      forward.push(message?.embeds?.[0]?.title);
    }
    const numbers = (titles: (string | undefined)[]) => titles.map((t) => Number(/^¶(\d+)/.exec(t ?? '')?.[1]));
    expect(numbers(forward)).toEqual(kb.paragraphs.map((p) => p.number));
    expect(description(message)).not.toContain(kb.paragraphs.at(-1)?.text);
    const back = [message?.embeds?.[0]?.title];
    while (buttons(message)[0]?.disabled === false) {
      message = (await press(buttons(message)[0]!.custom_id)).shown;
      back.push(message?.embeds?.[0]?.title);
    }
    expect(numbers(back)).toEqual(kb.paragraphs.map((p) => p.number).reverse());
  });

  it("refuses another member's click and changes nothing", async () => {
    const first = (await run(commandInput('read', { where: '2' }))).shown;
    const { updates, messages } = await press(buttons(first)[2]!.custom_id, 'someone-else');
    expect(updates).toEqual([]);
    expect(messages[0]?.ephemeral).toBe(true);
    expect(messages[0]?.message.content).toContain('Only the member who ran /read');
  });

  it('after the time-out a click shows the same paragraph with every button disabled, and says so privately', async () => {
    const shownAt = Date.now() - PAGE_TTL_MS - 60_000;
    const pager = { command: 'read', page: 4, pageCount: kb.paragraphs.length, arg: 'both', lang: 'en' as const };
    const old = withPager(
      renderParagraph(kb, 5, { show: 'both', lang: 'en' })!,
      { ...pager, owner: 'user-1' },
      {
        now: shownAt,
      },
    );
    const { updates, messages } = await press(buttons(old)[2]!.custom_id);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.embeds?.[0]?.title).toMatch(/^¶5 · /);
    expect(buttons(updates[0]).map((b) => b.disabled)).toEqual([true, true, true]);
    expect(messages).toEqual([{ message: { content: 'These pages have expired. Run /read again.' }, ephemeral: true }]);
  });

  it('"Source paragraph" shows both languages and offers "Read on ▶" to the next paragraph', async () => {
    const fact = kb.factsById.get('openai-loss-5b')!;
    const { messages } = await press(`ask:src:${fact.id}:en`);
    const shown = messages[0]!;
    expect(shown.ephemeral).toBe(true);
    expect(description(shown.message)).toContain(kb.paragraphs[1]!.text);
    expect(description(shown.message)).toContain(renderingOf(kb.renderings, 2));
    const next = buttons(shown.message)[2]!;
    expect(next.label).toBe('Read on ▶');
    const { shown: third } = await press(next.custom_id);
    expect(third?.embeds?.[0]?.title).toMatch(/^¶3 · /);
  });

  it('autocompletes in the typing language, else the Discord locale', async () => {
    const complete = async (typed: string, locale: string) => {
      const inner = recordingResponder();
      const focused = { name: 'where', value: typed };
      const input = commandInput('read', { where: typed }, { kind: 'autocomplete', focused, locale });
      await dispatchInteraction(input, inner, services, registry);
      const call = inner.calls.find((c) => c.method === 'autocomplete');
      return call?.method === 'autocomplete' ? call.choices : [];
    };
    const viTitle = kb.meta.sections[0]!.title.vi;
    expect((await complete('', 'vi'))[0]?.name).toContain(viTitle);
    expect((await complete('', 'en-US'))[0]?.name).toContain(kb.meta.sections[0]!.title.en);
    expect((await complete('2', 'vi')).find((c) => c.value === '2')?.name).toMatch(/^¶2 · Người đầu tiên/);
    expect((await complete('lỗ vốn', 'en-US'))[0]?.name).toMatch(/^¶2 · Người đầu tiên/);
    expect((await complete('could lose', 'vi'))[0]?.name).toMatch(/^¶2 · The first to bear/);
  });

  it('has the vi localisations of the other commands', () => {
    expect(readCommand.data.name_localizations?.vi).toBe('đọc');
    for (const option of readCommand.data.options ?? []) expect(option.name_localizations?.vi).toBeTruthy();
  });
});

describe('the renderings are for reading only', () => {
  it('the engine gives the same reply to every question with or without article.en.json', () => {
    const { renderings: _renderings, ...withoutRenderings } = kb;
    const without = createAnswerEngine(withoutRenderings);
    const questions = kb.facts.flatMap((f) => [f.questions.en[0] ?? '', f.questions.vi[0] ?? '']);
    questions.push('the most capital-intensive startup in Silicon Valley history', 'gold-devouring beast');
    for (const question of questions)
      expect(JSON.stringify(without.ask(question)), question).toBe(JSON.stringify(services.engine.ask(question)));
    expect(questions.length).toBeGreaterThan(2 * 40);
  });
});

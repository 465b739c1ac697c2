// /insights: this guild's counts, grouped unanswered questions, most 👎, a per-day PNG chart, paging, en/vi.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { rasterizeSvg } from '../../src/charts/render.js';
import { fillDays, insightsChart, insightsChartSvg } from '../../src/insights/chart.js';
import type { InteractionInput, Services } from '../../src/interactions/contract.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { getCommandRegistry } from '../../src/interactions/registry.js';
import type { InsightStore } from '../../src/store/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { decodePng } from '../charts/png.js';
import { commandInput, recordingResponder, sharedEngine } from '../commands/support.js';
import { LogCapture, testConfig, testKnowledge } from '../e2e/harness.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const GUILD = '111111111111111111';
const OTHER = '222222222222222222';
let dir: string;
let store: InsightStore;
let services: Services;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'insights-command-'));
  const logs = new LogCapture();
  store = openSqliteStore({ dataDir: dir, secret: 'insights-command-secret-01234567', logger: logs.logger });
  services = createServices({
    config: testConfig(),
    discord: { pinMessage: async () => undefined },
    logger: logs.logger,
    kb: testKnowledge(),
    askCooldown: null,
    createEngine: sharedEngine,
    store,
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(input: InteractionInput) {
  const respond = recordingResponder();
  await dispatchInteraction(input, respond, services, await getCommandRegistry());
  return respond.messages();
}
const ask = (question: string, extra: Partial<InteractionInput> = {}) =>
  run(commandInput('ask', { question }, { guildId: GUILD, ...extra }));
const insights = (options: InteractionInput['options'] = {}, extra: Partial<InteractionInput> = {}) =>
  run(commandInput('insights', options, { guildId: GUILD, ...extra }));

function text(message: OutgoingMessage): string {
  return (message.embeds ?? [])
    .flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
      embed.footer?.text ?? '',
    ])
    .join('\n');
}

describe('/insights command data', () => {
  it('is for moderators (Manage Messages by default, like /pin-summary), in servers only, localised in Vietnamese', async () => {
    const command = (await getCommandRegistry()).get('insights');
    const data = command?.data;
    expect(data?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
    expect(data?.contexts).toEqual([0]);
    expect(data?.name_localizations?.vi).toBe('thống-kê');
    expect(data?.description_localizations?.vi).toBeTruthy();
    const options = data?.options ?? [];
    expect(options.map((o) => o.name)).toEqual(['days', 'private']);
    for (const option of options) expect(option.name_localizations?.vi, option.name).toBeTruthy();
  });
});

describe('/insights', () => {
  it('reports only this guild: counts, shares, languages, grouped unanswered EN+VI, and a per-day PNG', async () => {
    const fact = testKnowledge().facts[0]!;
    await ask(fact.questions.en[0]!);
    await ask('How many employees does OpenAI have?');
    await ask('OpenAI có bao nhiêu nhân viên?');
    await ask('A question asked somewhere else entirely', { guildId: OTHER });
    const [shown] = await insights();
    expect(shown?.ephemeral).toBe(false);
    const body = text(shown!.message);
    expect(body).toContain('**3** questions');
    expect(body).toContain('answered 1 (33%)');
    expect(body).toContain('declined 2 (67%)');
    expect(body).toContain('English 2');
    expect(body).toContain('Vietnamese 1');
    // The same question in both languages is one group of 2, with both examples.
    const group = body.split('\n').find((line) => line.startsWith('**1.** ×2 [en/vi] '));
    expect(group).toContain('“How many employees does OpenAI have?”');
    expect(group).toContain('“OpenAI có bao nhiêu nhân viên?”');
    expect(body).not.toContain('somewhere else');
    const file = shown!.message.files?.[0];
    expect(file?.name).toBe('insights-7d.png');
    expect(decodePng(file!.data)).toMatchObject({ width: 1000, height: 560 });
    expect(file?.description).toContain('3 questions, 1 answered, 2 declined');
  });

  it('is private when asked, and says so plainly when nothing was recorded', async () => {
    const [shown] = await insights({ private: true, days: 30 });
    expect(shown?.ephemeral).toBe(true);
    expect(text(shown!.message)).toContain('No questions were recorded in this server in the last 30 days.');
  });

  it('speaks Vietnamese to a Vietnamese client, chart included', async () => {
    await ask('OpenAI có bao nhiêu nhân viên?');
    const [shown] = await insights({}, { locale: 'vi' });
    expect(text(shown!.message)).toContain('Thống kê — 7 ngày qua');
    expect(text(shown!.message)).toContain('Câu hỏi chưa trả lời được nhiều nhất');
    expect(shown!.message.files?.[0]?.description).toContain('Biểu đồ cột');
  });

  it('names the knowledge version answering now and the versions that answered', async () => {
    await ask(testKnowledge().facts[0]!.questions.en[0]!);
    const [shown] = await insights();
    const hash = services.knowledge?.hash ?? '';
    expect(hash).not.toBe('');
    expect(shown!.message.embeds?.[0]?.footer?.text).toContain(`Knowledge ${hash} (loaded `);
    expect(shown!.message.embeds?.[0]?.footer?.text).toContain(`Answered by: ${hash} ×1`);
  });

  it('pages a long list with the generic pager; only the moderator who ran it can turn pages', async () => {
    for (let i = 0; i < 12; i += 1) await ask(`Does the article mention the colour of moon rock number ${i}?`);
    const [shown] = await insights({}, { userId: '333333333333333333' });
    const row = shown!.message.components?.at(-1);
    const next = row?.components.at(-1) as { custom_id: string; label: string } | undefined;
    expect(next?.custom_id).toMatch(/^pg:insights:n:1:en:333333333333333333:/);
    const first = text(shown!.message);
    const click = (userId: string) =>
      run({
        ...commandInput('insights', {}, { guildId: GUILD, userId }),
        kind: 'button',
        customId: next!.custom_id,
        message: { id: 'message-1', interactionId: null },
      });
    const [page2] = await click('333333333333333333');
    const second = text(page2!.message);
    expect(second).not.toBe(first);
    expect(second).toMatch(/\*\*9\.\*\*/);
    expect(page2!.message.files).toBeUndefined();
    const [refused] = await click('444444444444444444');
    expect(refused?.message.content).toContain('Only the member who ran /insights');
  });

  it('refuses outside a server, and a days value out of range, with a clear private message', async () => {
    const [dm] = await insights({}, { guildId: null });
    expect(dm).toMatchObject({ ephemeral: true, message: { content: 'This command only works in a server channel.' } });
    const [bad] = await insights({ days: 0 });
    expect(bad?.ephemeral).toBe(true);
    expect(bad?.message.content).toContain('"days"');
  });
});

describe('the per-day chart', () => {
  it('has one bar slot per day, zeros for quiet days, and its labels in the language asked', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const days = fillDays([{ day: '2026-12-02', answered: 2, declined: 1, clarified: 0 }], 3, now);
    expect(days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(days[0]).toEqual({ day: '2026-12-01', answered: 0, declined: 0, clarified: 0 });
    const en = insightsChartSvg(days, 3, 'en');
    const vi = insightsChartSvg(days, 3, 'vi');
    expect(en).toContain('Answered');
    expect(en).toContain('Declined');
    expect(vi).toContain('Đã trả lời');
    expect(vi).toContain('Từ chối');
    expect(en).toContain('12-02');
  });

  it('renders the same counts, window and language once; any other input is rendered anew', async () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const days = fillDays([{ day: '2026-12-02', answered: 2, declined: 1, clarified: 0 }], 3, now);
    const drawing = insightsChart(days, 3, 'en');
    // Asked for again while it is being drawn: the same drawing, not a second one.
    expect(insightsChart(days, 3, 'en')).toBe(drawing);
    const first = await drawing;
    expect(
      await insightsChart(fillDays([{ day: '2026-12-02', answered: 2, declined: 1, clarified: 0 }], 3, now), 3, 'en'),
    ).toBe(first);
    // Its labels are drawn as paths laid out once: the picture is the one the <text> SVG gives, to a few
    // anti-aliasing bytes (a missing or misplaced label would change thousands).
    const fromText = decodePng(rasterizeSvg(insightsChartSvg(days, 3, 'en'))).pixels;
    const fromPaths = decodePng(first.png).pixels;
    expect(fromPaths.length).toBe(fromText.length);
    let differing = 0;
    for (let i = 0; i < fromText.length; i += 1) if (Math.abs(fromText[i]! - fromPaths[i]!) > 16) differing += 1;
    expect(differing).toBeLessThan(50);
    expect(decodePng(rasterizeSvg(insightsChartSvg(fillDays([], 3, now), 3, 'en'))).pixels.equals(fromText)).toBe(
      false,
    );
    // One more question, another language, another window: each its own PNG.
    const more = await insightsChart(
      fillDays([{ day: '2026-12-02', answered: 2, declined: 2, clarified: 0 }], 3, now),
      3,
      'en',
    );
    expect(more.png.equals(first.png)).toBe(false);
    expect(more.description).not.toBe(first.description);
    expect(await insightsChart(days, 3, 'vi')).not.toBe(first);
    expect(await insightsChart(fillDays([], 4, now), 4, 'en')).not.toBe(first);
    // Bounded: after enough other inputs the first is rendered again (an equal PNG, not the kept one).
    for (let i = 0; i < 20; i += 1)
      await insightsChart(fillDays([{ day: '2026-12-03', answered: i, declined: 0, clarified: 0 }], 3, now), 3, 'en');
    const again = await insightsChart(days, 3, 'en');
    expect(again).not.toBe(first);
    expect(again.png.equals(first.png)).toBe(true);
  });
});

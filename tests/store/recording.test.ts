// Every /ask is recorded with its outcome, and 👍/👎 under an answer update that record once per member.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import type { InteractionInput, Services } from '../../src/interactions/contract.js';
import { customIds } from '../../src/render/custom-ids.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import { getCommandRegistry } from '../../src/interactions/registry.js';
import type { InsightStore } from '../../src/store/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { commandInput, recordingResponder, sharedEngine } from '../commands/support.js';
import { LogCapture, testConfig, testKnowledge } from '../e2e/harness.js';

let dir: string;
let store: InsightStore;
let services: Services;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'store-recording-'));
  const logs = new LogCapture();
  store = openSqliteStore({ dataDir: dir, secret: 'recording-test-secret-0123456789', logger: logs.logger });
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

async function ask(question: string, extra: Partial<InteractionInput> = {}) {
  const respond = recordingResponder();
  await dispatchInteraction(commandInput('ask', { question }, extra), respond, services, await getCommandRegistry());
  const call = respond.calls.find((c) => c.method === 'reply');
  return { respond, call };
}

function vote(messageId: string, factId: string, choice: 'up' | 'down', userId: string): InteractionInput {
  const { commandName: _commandName, ...input } = commandInput('ask', {}, { userId });
  return {
    ...input,
    kind: 'button',
    customId: customIds.feedback(choice, factId),
    message: { id: messageId, interactionId: null },
  };
}

describe('recording /ask', () => {
  it('records an answered and a declined question with language, facts, nearest fact and confidence', async () => {
    const fact = testKnowledge().facts[0]!;
    await ask(fact.questions.en[0]!);
    await ask('What will the weather be like in Paris tomorrow?');
    await ask(fact.questions.vi[0]!);
    const report = await store.report({ guildId: 'guild-1', since: 0 });
    expect(report.total).toBe(3);
    expect(report.byOutcome.answered).toBe(2);
    expect(report.byOutcome.declined).toBe(1);
    expect(report.byLang).toEqual({ en: 2, vi: 1 });
    expect(report.unanswered).toEqual([
      expect.objectContaining({ question: 'What will the weather be like in Paris tomorrow?', lang: 'en', count: 1 }),
    ]);
    expect(await store.report({ guildId: 'guild-2', since: 0 })).toMatchObject({ total: 0 });
  });

  it('counts one vote per member: a second click replaces the first; the click is thanked privately', async () => {
    const fact = testKnowledge().facts[0]!;
    const { respond } = await ask(fact.questions.en[0]!);
    // The test responder names its first message "message-1": the id Discord gives the button's message.
    expect(respond.calls[0]).toMatchObject({ method: 'reply', ephemeral: false });
    const messageId = 'message-1';
    const registry = await getCommandRegistry();
    const click = async (input: InteractionInput) => {
      const r = recordingResponder();
      await dispatchInteraction(input, r, services, registry);
      return r.calls[0];
    };
    const first = await click(vote(messageId, fact.id, 'up', 'member-a'));
    expect(first).toMatchObject({
      method: 'reply',
      ephemeral: true,
      message: { content: expect.stringContaining('Thanks — noted') as unknown },
    });
    await click(vote(messageId, fact.id, 'down', 'member-a'));
    await click(vote(messageId, fact.id, 'down', 'member-b'));
    const report = await store.report({ since: 0 });
    expect(report.votes).toEqual([{ factId: fact.id, up: 0, down: 2, example: fact.questions.en[0] }]);
  });
});

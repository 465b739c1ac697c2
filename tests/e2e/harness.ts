// Starts the real gateway bot from src/ against the fake Discord, with captured logs, and tears both down.
import { Writable } from 'node:stream';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig, type Config } from '../../src/config.js';
import { createRest, createRestDiscordActions } from '../../src/discord/rest-actions.js';
import { startGatewayBot, type GatewayBot } from '../../src/discord/gateway.js';
import type { Services } from '../../src/interactions/contract.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createLogger } from '../../src/logger.js';
import type { InsightStore } from '../../src/store/index.js';
import { FAKE_TOKEN, FakeDiscord } from './fake-discord.js';

/** The knowledge the tests run on: the real knowledge/ unless KNOWLEDGE_DIR says otherwise. */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return parseConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, LOG_LEVEL: 'silent', ...env });
}

let knowledge: KnowledgeBase | undefined;
export function testKnowledge(): KnowledgeBase {
  knowledge ??= loadKnowledge(testConfig().knowledgeDir);
  return knowledge;
}

/** Log lines as parsed JSON objects, captured from a real pino logger. */
export class LogCapture {
  readonly lines: Record<string, unknown>[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  readonly logger = createLogger('debug', this.stream);

  find(predicate: (line: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
    return this.lines.find(predicate);
  }
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: GatewayBot;
  readonly services: Services;
  readonly config: Config;
  readonly logs: LogCapture;
  close(): Promise<void>;
}

export async function startHarness(
  options: { readonly askCooldown?: { max: number; windowMs: number }; readonly store?: InsightStore } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logs = new LogCapture();
  try {
    const config = testConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl });
    const services = createServices({
      config,
      discord: createRestDiscordActions(createRest(config)),
      logger: logs.logger,
      kb: testKnowledge(),
      ...(options.askCooldown ? { askCooldown: options.askCooldown } : {}),
      ...(options.store ? { store: options.store } : {}),
    });
    const bot = await startGatewayBot(config, services, { readyTimeoutMs: 10_000 });
    return {
      fake,
      bot,
      services,
      config,
      logs,
      async close() {
        // The client goes first, then the fake it talks to.
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

// `npm run insights -- [--guild ID] [--days N] [--format text|json|csv]`: the insight report for the people who edit knowledge/.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getConfig } from '../config.js';
import { buildInsightReport, reportCsv, reportText } from '../insights/report.js';
import { getLogger } from '../logger.js';
import { openStore } from '../store/index.js';

const Args = z.object({
  guild: z
    .string()
    .regex(/^(\d{17,20}|console|cli)$/, 'must be a guild id, "console" or "cli"')
    .optional(),
  days: z.coerce.number().int().min(1).max(3650).default(7),
  format: z.enum(['text', 'json', 'csv']).default('text'),
});

const DAY_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  let parsed;
  try {
    const { values } = parseArgs({
      options: { guild: { type: 'string' }, days: { type: 'string' }, format: { type: 'string' } },
      strict: true,
    });
    parsed = Args.safeParse(values);
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nUsage: npm run insights -- [--guild ID] [--days N] [--format text|json|csv]\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (!parsed.success) {
    process.stderr.write(
      `${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const { guild, days, format } = parsed.data;
  const opened = await openStore(getConfig().store, getLogger());
  try {
    const raw = await opened.store.report({ ...(guild ? { guildId: guild } : {}), since: Date.now() - days * DAY_MS });
    const report = buildInsightReport(raw, days, guild);
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'csv'
          ? reportCsv(report)
          : reportText(report),
    );
  } finally {
    await opened.close();
  }
}

await main();

// `npm run knowledge:new-fact -- --paragraph N [--id ID] [--write]`: scaffolds a fact for ¶N with every required
// field; prints it, or with --write adds it to facts/<section>.json in paragraph order and says where.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getConfig } from '../config.js';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';
import { locateLine } from '../knowledge/read.js';
import { scaffoldFact } from '../knowledge/scaffold.js';
import { KNOWLEDGE_FILES } from '../knowledge/schema.js';

const USAGE = 'usage: npm run knowledge:new-fact -- --paragraph N [--id kebab-id] [--write] [--dir knowledge]';
const Args = z.object({
  paragraph: z.coerce.number().int().positive(),
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id')
    .optional(),
  write: z.boolean().default(false),
  dir: z.string().optional(),
});

function main(): number {
  let args: z.infer<typeof Args>;
  try {
    const { values } = parseArgs({
      options: {
        paragraph: { type: 'string' },
        id: { type: 'string' },
        write: { type: 'boolean' },
        dir: { type: 'string' },
      },
    });
    const parsed = Args.safeParse(values);
    if (!parsed.success) {
      console.error(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`);
      return 2;
    }
    args = parsed.data;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const dir = args.dir ?? getConfig().knowledgeDir;
  let fact;
  try {
    const kb = loadKnowledge(dir);
    if (args.id && kb.factsById.has(args.id)) {
      console.error(`a fact "${args.id}" exists already; choose another --id`);
      return 2;
    }
    fact = scaffoldFact(kb, args.paragraph, args.id);
  } catch (error) {
    if (error instanceof KnowledgeError) console.error(`Fix the knowledge first:\n${error.message}`);
    else console.error((error as Error).message);
    return 1;
  }
  if (!args.write) {
    console.log(JSON.stringify(fact, null, 2));
    return 0;
  }
  const file = path.join(dir, KNOWLEDGE_FILES.facts, `${fact.section}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { facts: { paragraph: number }[] };
  const at = json.facts.findIndex((f) => f.paragraph > fact.paragraph);
  json.facts.splice(at === -1 ? json.facts.length : at, 0, fact);
  const text = `${JSON.stringify(json, null, 2)}\n`;
  writeFileSync(file, text);
  console.log(
    `added "${fact.id}" to ${file}:${locateLine(text, fact.id)}. Trim its quote to the exact sentence, replace every ` +
      `TODO, add figures and entities, then run npm run validate:knowledge.`,
  );
  return 0;
}

process.exitCode = main();

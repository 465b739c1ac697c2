// The JSON Schemas in knowledge/schemas/ are the zod schemas' own, every knowledge file names its schema, and an
// editor validating with them accepts the real files and flags a broken one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeSchemas, SCHEMAS_DIR } from '../../src/knowledge/json-schema.js';

const realDir = path.resolve(import.meta.dirname, '../../knowledge');
const miniDir = path.resolve(import.meta.dirname, '../fixtures/mini-article');
const schemasDir = path.join(realDir, SCHEMAS_DIR);
const generated = generateKnowledgeSchemas();

/** Every JSON knowledge file of `dir` with the schema file it must name. */
function knowledgeFiles(dir: string): { file: string; schema: string }[] {
  const top = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const facts = readdirSync(path.join(dir, 'facts')).filter((name) => name.endsWith('.json'));
  return [
    ...top.map((name) => ({ file: path.join(dir, name), schema: `${name.replace(/\.json$/, '')}.schema.json` })),
    ...facts.map((name) => ({ file: path.join(dir, 'facts', name), schema: 'facts.schema.json' })),
  ];
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map(generated.map((s) => [s.fileName, ajv.compile(JSON.parse(s.json) as object)] as const));

describe('knowledge JSON Schemas', () => {
  it.each(generated.map((s) => [s.fileName, s] as const))('%s is up to date (npm run knowledge:schemas)', (name, s) => {
    expect(readFileSync(path.join(schemasDir, name), 'utf8')).toBe(s.json);
  });

  const files = [...knowledgeFiles(realDir), ...knowledgeFiles(miniDir)];
  it.each(files.map((f) => [path.relative(process.cwd(), f.file), f] as const))(
    '%s names its schema and validates against it',
    (_name, { file, schema }) => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
      expect(json.$schema, 'a "$schema" key').toBeDefined();
      expect(path.resolve(path.dirname(file), json.$schema!)).toBe(path.join(schemasDir, schema));
      const validate = validators.get(schema)!;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('flags what an editor should: a fact without its quote, an unknown field, a bad id', () => {
    const json = JSON.parse(readFileSync(path.join(realDir, 'facts', 'intro.json'), 'utf8')) as {
      facts: Record<string, unknown>[];
    };
    const [fact] = json.facts;
    delete fact!.quote;
    fact!.colour = 'blue';
    fact!.id = 'Not Kebab';
    const validate = validators.get('facts.schema.json')!;
    expect(validate(json)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
    expect(messages).toContain("must have required property 'quote'");
    expect(messages).toContain('must NOT have additional properties');
    expect(messages).toContain('/facts/0/id must match pattern');
  });
});

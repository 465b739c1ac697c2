// `npm run knowledge:schemas [-- --check]`: writes knowledge/schemas/*.schema.json from the zod schemas, or
// with --check exits 1 when a committed schema is out of date (the knowledge tests check the same).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from '../src/config.js';
import { generateKnowledgeSchemas, SCHEMAS_DIR } from '../src/knowledge/json-schema.js';

const check = process.argv.includes('--check');
const dir = path.join(getConfig().knowledgeDir, SCHEMAS_DIR);
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const schema of generateKnowledgeSchemas()) {
  const file = path.join(dir, schema.fileName);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === schema.json) continue;
  stale += 1;
  if (check) console.error(`${file} is out of date: run npm run knowledge:schemas`);
  else {
    writeFileSync(file, schema.json);
    console.log(`wrote ${file} (${schema.files})`);
  }
}
if (!check && stale === 0) console.log(`${dir}: every schema is up to date`);
process.exitCode = check && stale > 0 ? 1 : 0;

// The real knowledge base, loaded once for the chart tests (tests run the real knowledge files).
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';

let cached: KnowledgeBase | undefined;

export function articleKnowledge(): KnowledgeBase {
  cached ??= loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
  return cached;
}

export function miniArticleKnowledge(): KnowledgeBase {
  return loadKnowledge(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'mini-article'));
}

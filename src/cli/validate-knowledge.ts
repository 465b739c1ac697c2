// `npm run validate:knowledge [dir]`: validates the knowledge files; prints every problem (exit 1) or a one-line summary (exit 0).
import { getConfig } from '../config.js';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';

function main(): number {
  const dir = process.argv[2] ?? getConfig().knowledgeDir;
  try {
    const kb = loadKnowledge(dir);
    const covered = new Set(kb.facts.map((f) => f.paragraph)).size;
    const figures = kb.facts.reduce((sum, f) => sum + f.figures.length, 0);
    console.log(
      `knowledge OK (${dir}): ${kb.facts.length} facts, ${figures} figures, ${kb.quotes.length} quotes, ` +
        `${kb.entities.length} entities, ${kb.glossary.length} glossary terms, ${covered}/${kb.paragraphs.length} paragraphs covered, ` +
        `${kb.renderings?.paragraphs.length ?? 0}/${kb.paragraphs.length} rendered in English`,
    );
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(error.message);
      return 1;
    }
    console.error(`Could not validate the knowledge in ${dir}: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();

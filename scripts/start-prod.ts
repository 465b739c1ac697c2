// What operators run: package.json's start:prod (`exec node <flags> dist/src/main.js`). The bench and the Dockerfile
// check read it from there, so that the V8 flags measured are the ones shipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The node arguments of start:prod, flags first, the script last (relative to the project). */
export function startProdArgs(root: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const match = /^exec node ((?:--\S+ )*)(dist\/src\/main\.js)$/.exec(scripts['start:prod'] ?? '');
  if (!match?.[2]) throw new Error(`package.json start:prod is not "exec node [--flags] dist/src/main.js"`);
  return [...(match[1] ?? '').split(' ').filter(Boolean), match[2]];
}

// What operators run: package.json's start:prod (`exec [env NAME=value…] node <flags> dist/src/main.js`). The bench and
// the Dockerfile check read it from there, so that the environment and V8 flags measured are the ones shipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';

function parseStartProd(root: string): { env: Record<string, string>; args: string[] } {
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const match = /^exec (?:env ((?:[A-Z_]+=\S+ )+))?node ((?:--\S+ )*)(dist\/src\/main\.js)$/.exec(
    scripts['start:prod'] ?? '',
  );
  if (!match?.[3])
    throw new Error(`package.json start:prod is not "exec [env NAME=value …] node [--flags] dist/src/main.js"`);
  const env = Object.fromEntries(
    (match[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { env, args: [...(match[2] ?? '').split(' ').filter(Boolean), match[3]] };
}

/** The node arguments of start:prod, flags first, the script last (relative to the project). */
export function startProdArgs(root: string): string[] {
  return parseStartProd(root).args;
}

/** The environment start:prod sets for node (glibc's allocator settings), as NAME → value. */
export function startProdEnv(root: string): Record<string, string> {
  return parseStartProd(root).env;
}

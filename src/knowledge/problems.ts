// What is wrong with a knowledge directory: one problem per finding, named by file, line, entry and field.
export interface KnowledgeProblem {
  readonly file: string;
  /** 1-based line in the file, when the problem can be placed. */
  readonly line?: number;
  /** The id of the entry (or its index when it has no usable id). */
  readonly entry?: string;
  readonly field?: string;
  readonly message: string;
}

/** The error message lists at most this many problems (100k bad facts once printed 75 MB), then "and N more". */
export const MAX_LISTED_PROBLEMS = 50;

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    readonly dir: string,
    readonly problems: readonly KnowledgeProblem[],
  ) {
    super(
      `Knowledge in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${listProblems(problems)}`,
    );
  }
}

export function formatProblem(problem: KnowledgeProblem): string {
  const file = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const where = [file, problem.entry && `entry "${problem.entry}"`, problem.field && `field "${problem.field}"`]
    .filter(Boolean)
    .join(', ');
  return `  - ${where}: ${problem.message}`;
}

/** Every problem up to the cap, one line each, then how many were left out. */
function listProblems(problems: readonly KnowledgeProblem[], max = MAX_LISTED_PROBLEMS): string {
  const lines = problems.slice(0, max).map(formatProblem);
  if (problems.length > max) lines.push(`  … and ${problems.length - max} more`);
  return lines.join('\n');
}

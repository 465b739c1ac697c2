// The mixed interaction workload of the load test and the bench: /ask (en, vi), autocomplete and buttons, from the knowledge.
import type { KnowledgeBase } from '../../../src/knowledge/schema.js';
import { autocompleteInteraction, buttonInteraction, commandInteraction } from './signed-requests.js';

export interface WorkloadTemplate {
  readonly name: string;
  /** A fresh interaction (new id and token) for one user. */
  readonly build: (userId: string) => Record<string, unknown>;
}

/** Every fact's first question in both languages, autocomplete on their first words, and source buttons: 70/20/10. */
export function mixedWorkload(kb: KnowledgeBase): WorkloadTemplate[] {
  const asks: WorkloadTemplate[] = kb.facts.flatMap((fact) =>
    (['en', 'vi'] as const).flatMap((lang) => {
      const question = fact.questions[lang][0];
      return question
        ? [
            {
              name: `ask ${fact.id} ${lang}`,
              build: (userId: string) =>
                commandInteraction('ask', { question }, { userId, locale: lang === 'vi' ? 'vi' : 'en-US' }),
            },
          ]
        : [];
    }),
  );
  const completions: WorkloadTemplate[] = kb.facts.map((fact) => {
    const partial = (fact.questions.en[0] ?? fact.id).split(/\s+/).slice(0, 2).join(' ');
    return {
      name: `autocomplete "${partial}"`,
      build: (userId: string) => autocompleteInteraction('ask', { question: partial }, 'question', { userId }),
    };
  });
  const buttons: WorkloadTemplate[] = kb.facts.map((fact) => ({
    name: `button src ${fact.id}`,
    build: (userId: string) => buttonInteraction(`ask:src:${fact.id}:en`, { userId }),
  }));
  const pick = (list: WorkloadTemplate[], count: number) =>
    Array.from({ length: count }, (_, i) => list[i % list.length]).filter(
      (t): t is WorkloadTemplate => t !== undefined,
    );
  return [...pick(asks, 70), ...pick(completions, 20), ...pick(buttons, 10)];
}

/** A distinct user per request, as in real traffic (the /ask cooldown is per user). */
export function loadUserId(index: number): string {
  return String(700_000_000_000_000_000n + BigInt(index));
}

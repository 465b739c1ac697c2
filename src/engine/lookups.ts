// Lookups for the commands: autocomplete of questions, quotes by speaker, figures by subject, summaries.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entity, Fact, KnowledgeBase, Quote, SummarySentence } from '../knowledge/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Choice, FigureEntry, SubjectFigures } from './types.js';
import type { Lang } from '../text/lang.js';

/** A caller's limit on how many choices it wants: a whole number, at least 0; none means all. */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor(limit));
}

interface NamedRecord {
  readonly id: string;
  readonly names: readonly string[];
}

/** How much worse than the best match a name may score and still be offered. */
const RELATIVE_MARGIN = 0.1;
const NAME_SEARCH: IFuseOptions<NamedRecord> = {
  keys: ['names'],
  includeScore: true,
  threshold: 0.35,
  ignoreLocation: true,
};

function entityNames(entity: Entity): string[] {
  return [entity.name.en, entity.name.vi, ...entity.aliases].map((name) => normalizeForMatch(name, 200));
}

/** Fuzzy search over entities by name and alias ("zuck", "pichai", "goldman"); best first. */
class EntityNameSearch {
  private readonly fuse: Fuse<NamedRecord>;
  constructor(entities: readonly Entity[]) {
    this.fuse = new Fuse<NamedRecord>(
      entities.map((entity) => ({ id: entity.id, names: entityNames(entity) })),
      NAME_SEARCH,
    );
  }
  /** Entity ids whose names match, best first; only matches about as good as the best one ("zuck" is not "musk"). */
  search(query: string): string[] {
    const folded = normalizeForMatch(query, 100);
    if (folded === '') return [];
    const results = this.fuse.search(folded);
    const best = results[0]?.score ?? 0;
    return results.filter((result) => (result.score ?? 1) <= best + RELATIVE_MARGIN).map((result) => result.item.id);
  }
}

export interface Lookups {
  findQuotes(speakerQuery: string): readonly Quote[];
  speakerChoices(partial: string, lang: Lang): readonly Choice[];
  figuresBySubject(subjectQuery: string): readonly SubjectFigures[];
  subjectChoices(partial: string, lang: Lang): readonly Choice[];
  summary(length: 'short' | 'full', lang: Lang): readonly SummarySentence[];
}

/**
 * The lookups, built the first time one is used (two fuse.js indexes): /quote and /figure need them, a fresh process
 * answering a question does not.
 */
export function lazyLookups(kb: KnowledgeBase): Lookups {
  let built: Lookups | undefined;
  const lookups = () => (built ??= buildLookups(kb));
  return {
    findQuotes: (speakerQuery) => lookups().findQuotes(speakerQuery),
    speakerChoices: (partial, lang) => lookups().speakerChoices(partial, lang),
    figuresBySubject: (subjectQuery) => lookups().figuresBySubject(subjectQuery),
    subjectChoices: (partial, lang) => lookups().subjectChoices(partial, lang),
    summary: (length, lang) => lookups().summary(length, lang),
  };
}

function buildLookups(kb: KnowledgeBase): Lookups {
  const quotes = [...kb.quotes].sort((a, b) => a.paragraph - b.paragraph);
  const speakerIds = [...new Set(quotes.map((q) => q.speaker))];
  const speakerEntities = speakerIds.flatMap((id) => kb.entitiesById.get(id) ?? []);
  const organisationIds = [...new Set(quotes.flatMap((q) => (q.organisation ? [q.organisation] : [])))];
  const organisationEntities = organisationIds.flatMap((id) => kb.entitiesById.get(id) ?? []);
  const speakerSearch = new EntityNameSearch([
    ...speakerEntities,
    ...organisationEntities.filter((e) => !speakerIds.includes(e.id)),
  ]);

  const bySubject = new Map<string, FigureEntry[]>();
  for (const fact of kb.facts) {
    for (const figure of fact.figures) {
      const list = bySubject.get(figure.subject) ?? [];
      list.push({ factId: fact.id, paragraph: fact.paragraph, figure });
      bySubject.set(figure.subject, list);
    }
  }
  const subjects: SubjectFigures[] = [...bySubject.entries()]
    .map(([subject, figures]) => ({ subject, name: kb.entitiesById.get(subject)?.name.en ?? subject, figures }))
    .sort((a, b) => (a.figures[0]?.paragraph ?? 0) - (b.figures[0]?.paragraph ?? 0));
  const subjectSearch = new EntityNameSearch(subjects.flatMap((s) => kb.entitiesById.get(s.subject) ?? []));

  const subjectsMatching = (query: string): readonly SubjectFigures[] =>
    normalizeForMatch(query, 100) === ''
      ? subjects
      : subjectSearch.search(query).flatMap((id) => subjects.find((s) => s.subject === id) ?? []);

  const quotesFor = (entityIds: readonly string[]): Quote[] => {
    const wanted = new Set(entityIds);
    return quotes.filter((q) => wanted.has(q.speaker) || (q.organisation !== null && wanted.has(q.organisation)));
  };

  const speakerName = (entity: Entity, lang: Lang): string => {
    const role = entity.role?.[lang];
    return role ? `${entity.name[lang]} (${role})` : entity.name[lang];
  };

  return {
    findQuotes(speakerQuery) {
      if (normalizeForMatch(speakerQuery, 100) === '') return quotes;
      return quotesFor(speakerSearch.search(speakerQuery));
    },
    speakerChoices(partial, lang) {
      const found = speakerSearch.search(partial);
      // An organisation typed ("goldman") offers the people who speak for it.
      const ordered =
        normalizeForMatch(partial, 100) === ''
          ? speakerIds
          : [
              ...new Set([
                ...found.filter((id) => speakerIds.includes(id)),
                ...found.flatMap((id) => quotesFor([id]).map((q) => q.speaker)),
              ]),
            ];
      return ordered
        .flatMap((id) => kb.entitiesById.get(id) ?? [])
        .map((entity) => ({ name: speakerName(entity, lang), value: entity.id }));
    },
    figuresBySubject: subjectsMatching,
    subjectChoices(partial, lang) {
      return subjectsMatching(partial).map((s) => {
        const name = kb.entitiesById.get(s.subject)?.name[lang] ?? s.name;
        const count = s.figures.length;
        const label = lang === 'vi' ? `${count} số liệu` : `${count} figure${count === 1 ? '' : 's'}`;
        return { name: `${name} (${label})`, value: s.subject };
      });
    },
    summary(length, lang) {
      return kb.summaries[length][lang];
    },
  };
}

/** How useful a fact is as a suggestion when nothing is typed: facts many others point to, and facts with figures. */
export function usefulness(fact: Fact, inbound: ReadonlyMap<string, number>): number {
  return (inbound.get(fact.id) ?? 0) + 0.5 * Math.min(2, fact.figures.length) + (fact.kind === 'figure' ? 0.5 : 0);
}

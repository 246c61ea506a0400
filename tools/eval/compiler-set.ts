/**
 * The compiler's evaluation set on disk: real published articles gathered by
 * subject (`eval/compiler/articles/<subject>/NN.txt`, each with its address in
 * front matter) and hand labels written before any tuning
 * (`eval/compiler/labels/<subject>.json`). Each article is `dev` (used while
 * improving the compiler) or `holdout` (scored only at the end).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledTerm } from '../../core/terms/evaluate-terms';
import { TERM_KINDS, type SeedFile } from '../../core/types';

export type Split = 'dev' | 'holdout';

export interface LabelledArticle {
  /** `<subject>/<NN>`, also the seed file name without `.txt`. */
  key: string;
  url: string;
  split: Split;
  terms: LabelledTerm[];
  file: SeedFile;
}

export interface EvalSubject {
  subject: string;
  description: string;
  articles: LabelledArticle[];
}

interface LabelFile {
  subject: string;
  description: string;
  articles: Record<string, { url: string; split: Split; terms: LabelledTerm[] }>;
}

function checkLabel(where: string, t: LabelledTerm): void {
  if (typeof t.name !== 'string' || t.name.trim() === '') throw new Error(`${where}: empty name`);
  if (!TERM_KINDS.includes(t.kind))
    throw new Error(`${where}: ${t.name}: unknown kind ${String(t.kind)}`);
  if (t.variants !== undefined && !Array.isArray(t.variants))
    throw new Error(`${where}: ${t.name}: variants is not a list`);
}

/** Reads every subject under `dir` (default `eval/compiler`). Throws on a label that does not fit. */
export function loadEvalSet(dir: string): EvalSubject[] {
  const labelDir = join(dir, 'labels');
  return readdirSync(labelDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(labelDir, name), 'utf8')) as LabelFile;
      const articles = Object.entries(labels.articles)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([nn, a]): LabelledArticle => {
          const where = `${name} article ${nn}`;
          if (a.split !== 'dev' && a.split !== 'holdout') throw new Error(`${where}: bad split`);
          for (const t of a.terms) checkLabel(where, t);
          const path = join(dir, 'articles', labels.subject, `${nn}.txt`);
          return {
            key: `${labels.subject}/${nn}`,
            url: a.url,
            split: a.split,
            terms: a.terms.map((t) => ({ ...t, variants: t.variants ?? [] })),
            file: {
              name: `${labels.subject}-${nn}.txt`,
              bytes: new Uint8Array(readFileSync(path)),
            },
          };
        });
      return { subject: labels.subject, description: labels.description, articles };
    });
}

/**
 * One label list for several articles: entries with the same name are one
 * entity (variants joined); required wins over optional.
 */
export function mergeLabels(articles: LabelledArticle[]): LabelledTerm[] {
  const byName = new Map<string, LabelledTerm>();
  for (const a of articles)
    for (const t of a.terms) {
      const have = byName.get(t.name);
      if (!have) {
        byName.set(t.name, { ...t, variants: [...t.variants] });
        continue;
      }
      have.variants = [...new Set([...have.variants, ...t.variants])];
      if (!t.optional) delete have.optional;
    }
  return [...byName.values()];
}

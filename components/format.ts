/**
 * core/view's formatters with the UI's words bound (#15): dates, publishers, figures and
 * citations as the views show them. core/ takes the words as `labels`; here they are the
 * browser's messages (`labels` in ./i18n.ts), so a view imports these and passes none.
 */
import {
  formatCitation as formatCitationWith,
  type CitationFormat,
  type CitedExcerpt,
} from '../core/view/citation';
import * as format from '../core/view/format';
import type { CuratedArticleField } from '../core/types';
import { labels } from './i18n';

/** `9 Jan 2022`, `Jan 2022`, `2022`; null for no usable date. */
export const formatDate = (iso: string | null | undefined): string | null =>
  format.formatDate(iso, labels);

export const describeArticleDate = (article: {
  date: string | null;
  mentionsUntil?: string | null;
}): { text: string; isDated: boolean } => format.describeArticleDate(article, labels);

export const describePublisher = (article: {
  publisher: string | null;
}): { text: string; isStated: boolean } => format.describePublisher(article, labels);

export const curatedNote = (
  article: { curatedFields?: readonly CuratedArticleField[] },
  field: CuratedArticleField,
): string | null => format.curatedNote(article, field, labels);

export const formatNumber = (value: number): string => format.formatNumber(value, labels);

export const formatFigure = (figure: Parameters<typeof format.formatFigure>[0]): string =>
  format.formatFigure(figure, labels);

export const describeFigure = (figure: format.FigureLike): string =>
  format.describeFigure(figure, labels);

export const measureLabel = (measure: string, subject?: string): string =>
  format.measureLabel(measure, labels, subject);

export const formatCitation = (
  excerpt: CitedExcerpt,
  options: { format: CitationFormat },
): string => formatCitationWith(excerpt, { ...options, labels });

/** The words for each kind of name: "Person" beside a name, "People" for a group of them. */
import type { TermKind } from '../core/types';
import { t, type MessageKey } from './i18n';

const KIND_MESSAGES: Record<TermKind, { one: MessageKey; many: MessageKey }> = {
  person: { one: 'common_kind_person', many: 'common_kind_people' },
  organisation: { one: 'common_kind_organisation', many: 'common_kind_organisations' },
  place: { one: 'common_kind_place', many: 'common_kind_places' },
  event: { one: 'common_kind_event', many: 'common_kind_events' },
  concept: { one: 'common_kind_concept', many: 'common_kind_concepts' },
};

/** "Person"; a kind this build does not know (a newer index) shows as itself. */
export const kindLabel = (kind: TermKind): string =>
  KIND_MESSAGES[kind] ? t(KIND_MESSAGES[kind].one) : kind;

/** "People". */
export const kindPluralLabel = (kind: TermKind): string => t(KIND_MESSAGES[kind].many);

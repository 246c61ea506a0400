/**
 * The part of a term the content script needs to find it on pages: one
 * definition, used where the dictionary asset is written and where the
 * background hands the dictionary to pages.
 */
import type { DictionaryEntry, Term } from '../types';

/** @example dictionaryEntryOf(term) // { id, name, kind, variants, contextVariants?, ... } */
export function dictionaryEntryOf(term: Term): DictionaryEntry {
  const { id, name, kind, variants, contextVariants, fullNameVariants, spellingKeys } = term;
  return {
    id,
    name,
    kind,
    variants,
    ...(contextVariants ? { contextVariants } : {}),
    ...(fullNameVariants ? { fullNameVariants } : {}),
    ...(spellingKeys ? { spellingKeys } : {}),
  };
}

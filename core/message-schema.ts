/**
 * The pieces core/messages.ts declares its protocol with: each message is one table entry whose
 * request fields are checkers, and the request type, the response type and the parser that
 * validates untrusted input all come from that entry. Written here rather than taken from a
 * schema library because the content script parses tab messages with it and must not grow
 * (#14): this file is a few hundred bytes minified.
 */
import { isRecord } from './guards';

/** Checks one untrusted request field; the type it proves is the field's type. */
export type Check<T> = (x: unknown) => x is T;

/** A response type, carried by the table for the type system only (see `answer`). */
declare const RESPONSE: unique symbol;
export type Answer<T> = { readonly [RESPONSE]: T } | undefined;

/** Any message's request fields: a checker per field. */
type Fields = Record<string, Check<unknown>>;

/**
 * One message: the fields its request may carry, a check across fields (run after every field
 * passed its own), and its response type (type only: never present at run time).
 */
export interface MessageSpec<F extends Fields, Response> {
  request: F;
  // A method, so a table of specs with their own fields fits `MessageTable` (methods compare
  // their parameters both ways).
  check?(request: RequestFields<F>): boolean;
  response?: Answer<Response>;
}

/** The constraint a protocol table meets; each entry keeps its own precise type through `typeof`. */
export type MessageTable = Record<string, MessageSpec<Fields, unknown>>;

type Checked<C> = C extends Check<infer T> ? T : never;
/** Fields whose checker accepts `undefined` are optional. */
type OptionalKeys<F> = {
  [K in keyof F]: undefined extends Checked<F[K]> ? K : never;
}[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The request a table entry's field checkers describe. */
export type RequestFields<F> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Checked<F[K]> } & {
    [K in OptionalKeys<F>]?: Exclude<Checked<F[K]>, undefined>;
  }
>;

/** A table as the `{ request, response }` map the rest of the code is typed with. */
export type ProtocolOf<T extends MessageTable> = {
  [K in keyof T]: T[K] extends MessageSpec<infer F, infer R>
    ? { request: RequestFields<F>; response: R }
    : never;
};

/** A message as it travels: a `type` tag plus the request fields. */
export type Envelope<P> = {
  [K in keyof P & string]: { channel: 'sourcelight'; type: K } & RequestOf<P, K>;
}[keyof P & string];

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/**
 * Marks a message's response type. Returns nothing: responses come from our own background or
 * content script, so only requests are checked at run time.
 */
export const answer = <T>(): Answer<T> => undefined;

/**
 * One message's definition: its request fields, its response type and, if the fields must agree
 * with each other, a check across them. The request type is read from the fields.
 *
 * @example message({ termId: text(200) }, answer<TermCard | null>())
 */
export const message = <F extends Fields, Response>(
  request: F,
  _response: Answer<Response>,
  check?: (request: RequestFields<F>) => boolean,
): MessageSpec<F, Response> => ({ request, check });

/** A string of at most `max` UTF-16 units. */
export const text =
  (max: number): Check<string> =>
  (x): x is string =>
    typeof x === 'string' && x.length <= max;

/** An integer from `min` to `max`. */
export const integer =
  (min: number, max: number): Check<number> =>
  (x): x is number =>
    Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

/** An array of at most `max` items, each passing `item`. */
export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (x): x is T[] =>
    Array.isArray(x) && x.length <= max && x.every(item);

/** The field may be absent (`undefined`); when present it must pass `check`. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (x): x is T | undefined =>
    x === undefined || check(x);

/**
 * Validates an untrusted message against a table. Returns a new object holding only the
 * message's own fields (nothing else the sender put in passes), or null for anything that is
 * not a well-formed request of this table.
 *
 * @example parseEnvelope(TAB_MESSAGES, { channel: 'sourcelight', type: 'revealTerm', termId: 't' })
 */
export function parseEnvelope<T extends MessageTable>(
  table: T,
  x: unknown,
): Envelope<ProtocolOf<T>> | null {
  // Own keys only: `toString` or `__proto__` as a type must not find a prototype's member.
  if (!isRecord(x) || x.channel !== 'sourcelight' || typeof x.type !== 'string') return null;
  if (!Object.hasOwn(table, x.type)) return null;
  const spec = table[x.type]!;
  const out: Record<string, unknown> = { channel: 'sourcelight', type: x.type };
  for (const [key, check] of Object.entries<Check<unknown>>(spec.request)) {
    const value = x[key];
    if (!check(value)) return null;
    if (value !== undefined) out[key] = value;
  }
  if (spec.check && !spec.check(out)) return null;
  // Every field of the entry was checked above: `out` is the entry's request.
  return out as Envelope<ProtocolOf<T>>;
}

/** Small checks shared by every place that handles untrusted or unknown values. */

/** A plain object (not null, not an array): the shape of a message or a stored record. */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The message of anything thrown, for showing or sending on. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

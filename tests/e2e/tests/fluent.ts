// Reads a message from the app's own Fluent files, so the tests assert what users really see
// without restating the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(__dirname, '..', '..', '..', 'locales');

/** A single-line message from any .ftl file of `locale`. */
export function message(locale: string, id: string): string {
  const dir = join(LOCALES, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const line = readFileSync(join(dir, file), 'utf8').split('\n').find((l) => l.startsWith(`${id} =`));
    if (line) return line.slice(id.length + 2).trim();
  }
  throw new Error(`no message ${id} in locales/${locale}/`);
}

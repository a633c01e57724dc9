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

/** The text of variant `key` ("0", "one", "other" …) of a select message of `locale`, with
 * `$count` put in. */
export function variant(locale: string, id: string, key: string, count?: number): string {
  const dir = join(LOCALES, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith(`${id} =`));
    if (start < 0) continue;
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('}')) break;
      const found = line.match(/^\s*\*?\[([^\]]+)\]\s*(.*)$/);
      if (found && found[1] === key) return found[2].trim().replace(/\{ *\$count *\}/g, String(count ?? ''));
    }
  }
  throw new Error(`no variant [${key}] of ${id} in locales/${locale}/`);
}

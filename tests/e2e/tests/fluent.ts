// Reads a message from the app's own Fluent files, so the tests assert what users really see
// without restating the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(__dirname, '..', '..', '..', 'locales');

export function message(locale: string, id: string): string {
  const text = readFileSync(join(LOCALES, locale, 'main.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`no message ${id} in locales/${locale}/main.ftl`);
  return line.slice(id.length + 2).trim();
}

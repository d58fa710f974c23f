// Completes the plural forms a translator did not write by hand, from the nearest written form:
// French "many" (1 000 000 de …) and Arabic "many" (11–99) and "zero" take the "other" form.
// Run after editing a catalog: node scripts/i18n-plural-fill.mjs fr ar. Existing forms are kept.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/renderer/src/i18n/locales/', import.meta.url);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function fill(node, categories) {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'object') fill(value, categories);
    else if (key.endsWith('_other'))
      for (const c of categories) {
        const form = key.replace(PLURAL, `_${c}`);
        if (!(form in node)) node[form] = value;
      }
  }
}

for (const language of process.argv.slice(2)) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const ns of ['translation', 'sessions', 'live']) {
    const file = new URL(`${language}/${ns}.json`, dir);
    let catalog;
    try {
      catalog = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    fill(catalog, categories);
    writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  }
}

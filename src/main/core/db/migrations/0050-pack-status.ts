// A pack's dated status lines (signatures, entry into force), kept apart from the articles so
// an updated pack can change them and readers see the date they were true.
export default {
  version: 50,
  name: 'pack-status',
  sql: /* sql */ `
    ALTER TABLE packs ADD COLUMN status TEXT;
  `,
};

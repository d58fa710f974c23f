// Signed content packs: the key id of the trusted publisher whose signature an installed pack
// carried, or NULL for a pack from an unverified source. The bundled pack is the project's.
export default {
  version: 60,
  name: 'pack-publishers',
  sql: /* sql */ `
    ALTER TABLE packs ADD COLUMN publisher TEXT;
    UPDATE packs SET publisher = 'bdd0de5a54fe0378' WHERE source = 'bundled';
  `,
};

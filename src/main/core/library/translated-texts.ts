import type { ContentLanguage, ContentOrigin } from '../../../shared/domain/library';
import type { Db } from '../db/connection';
import type { TranslatedKind } from '../content/install-translation';

interface TextRow {
  item_id: string;
  field: string;
  text: string;
  status: 'official' | 'unofficial';
  review: 'awaiting review' | 'reviewed';
}

/** The translated fields of one item, and where its words come from. */
export interface TranslatedItem {
  field(name: string): string | undefined;
  origin: ContentOrigin;
}

/**
 * Reads translated words for a content language, item by item: an item with no translation
 * keeps the base pack's words and says so (origin 'original', in the base language).
 */
export function createTranslatedTexts(db: Db) {
  const rows = db.prepare<[string, string, string], TextRow>(
    `SELECT item_id, field, text, status, review FROM translated_texts
     WHERE base_pack_id = ? AND language = ? AND kind = ?`,
  );
  const baseLanguage = db
    .prepare<[string], string>('SELECT language FROM packs WHERE id = ?')
    .pluck();
  const installed = db.prepare<
    [string],
    { language: string; title: string; official: number; version: string }
  >(
    'SELECT language, title, official, version FROM translation_packs WHERE base_pack_id = ? ORDER BY language',
  );

  const original = (baseId: string): ContentOrigin => ({
    language: baseLanguage.get(baseId) ?? 'en',
    kind: 'original',
    review: null,
  });

  return {
    /** The base pack's own words, marked as such. */
    original,

    /** The base pack's own language first, then every installed translation of it. */
    languages(baseId: string, baseTitle: string, baseVersion: string): ContentLanguage[] {
      return [
        {
          language: baseLanguage.get(baseId) ?? 'en',
          title: baseTitle,
          kind: 'original',
          version: baseVersion,
        },
        ...installed.all(baseId).map((t) => ({
          language: t.language,
          title: t.title,
          kind: t.official ? ('official' as const) : ('unofficial' as const),
          version: t.version,
        })),
      ];
    },

    /**
     * Every translated item of one kind in `language`, looked up by id; null when `language`
     * is the base pack's own (nothing to overlay and nothing to mark).
     */
    of(baseId: string, language: string, kind: TranslatedKind) {
      const untranslated = original(baseId);
      const byItem = new Map<string, TextRow[]>();
      if (language !== untranslated.language)
        for (const row of rows.all(baseId, language, kind)) {
          const list = byItem.get(row.item_id) ?? [];
          list.push(row);
          byItem.set(row.item_id, list);
        }
      return (id: string | number): TranslatedItem => {
        const found = byItem.get(String(id));
        if (!found) return { field: () => undefined, origin: untranslated };
        return {
          field: (name) => found.find((r) => r.field === name)?.text,
          origin: { language, kind: found[0]!.status, review: found[0]!.review },
        };
      };
    },
  };
}
export type TranslatedTexts = ReturnType<typeof createTranslatedTexts>;

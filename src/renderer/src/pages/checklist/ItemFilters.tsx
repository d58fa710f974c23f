import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText } from '@shared/domain/collation';
import { PRIORITIES, RESULTS, STATUSES } from '@shared/domain/assessment-values';
import type { AssessmentItem } from '@shared/domain/assessments';
import { selectFilters, selectNotesQuery } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { hasFilters, type ItemFilters as Filters } from '@renderer/stores/checklist/visible-items';
import { selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { SelectField } from '@renderer/components/SelectField';

const NOTES_DEBOUNCE_MS = 300;

const oneOf = <T extends string>(values: readonly T[], value: string): T | '' =>
  values.find((v) => v === value) ?? '';

function NotesSearch() {
  const { t } = useTranslation();
  const id = useId();
  const query = useChecklistStore(selectNotesQuery);
  const [text, setText] = useState(query);
  // "Clear filters" empties the stored query: the box follows (state adjusted in render).
  const [seen, setSeen] = useState(query);
  if (seen !== query) {
    setSeen(query);
    setText(query);
  }
  useEffect(() => {
    if (text === useChecklistStore.getState().notesQuery) return;
    const timer = setTimeout(() => {
      useChecklistStore.getState().setNotesQuery(text);
      void useChecklistStore.getState().searchNotes(text);
    }, NOTES_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className="field item-filters__notes">
      <label className="field__label" htmlFor={id}>
        {t('checklist.filters.notes')}
      </label>
      <input
        id={id}
        type="search"
        className="field__input"
        value={text}
        placeholder={t('checklist.filters.notesPlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

/** Filters over the items; options come from the values present in this checklist. */
export function ItemFilters({ items }: { items: AssessmentItem[] }) {
  const { t, i18n } = useTranslation();
  const filters = useChecklistStore(selectFilters);
  const notesQuery = useChecklistStore(selectNotesQuery);
  const chapterTitles = useLibraryStore(selectChapters);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    useChecklistStore.getState().setFilter(key, value);

  const options = useMemo(() => {
    const chapters = [...new Set(items.map((i) => i.chapter))];
    const articles = new Map<number, { title: string; chapter: string }>();
    for (const i of items)
      articles.set(i.articleNumber, { title: i.articleTitle, chapter: i.chapter });
    const agencies = [...new Set(items.map((i) => i.agency.trim()).filter(Boolean))].sort(
      compareText(i18n.language),
    );
    return { chapters, articles: [...articles.entries()], agencies };
  }, [items, i18n.language]);

  const titleOf = (chapter: string) => chapterTitles.find((c) => c.number === chapter)?.title ?? '';

  return (
    <form
      className="filters item-filters"
      role="search"
      aria-label={t('checklist.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t('checklist.filters.chapter')}
        value={filters.chapter}
        onChange={(chapter) => {
          set('chapter', chapter);
          const article = options.articles.find(([n]) => String(n) === filters.article);
          if (chapter && article && article[1].chapter !== chapter) set('article', '');
        }}
      >
        <option value="">{t('checklist.filters.anyChapter')}</option>
        {options.chapters.map((chapter) => (
          <option key={chapter} value={chapter}>
            {titleOf(chapter)
              ? t('checklist.filters.chapterOption', { number: chapter, title: titleOf(chapter) })
              : chapter}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.article')}
        value={filters.article}
        onChange={(article) => set('article', article)}
      >
        <option value="">{t('checklist.filters.anyArticle')}</option>
        {options.articles
          .filter(([, a]) => !filters.chapter || a.chapter === filters.chapter)
          .map(([number, a]) => (
            <option key={number} value={number}>
              {t('checklist.filters.articleOption', { number, title: a.title })}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.result')}
        value={filters.result}
        onChange={(value) => set('result', oneOf(RESULTS, value))}
      >
        <option value="">{t('checklist.filters.any')}</option>
        {RESULTS.map((r) => (
          <option key={r} value={r}>
            {t(`assessment.result.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.status')}
        value={filters.status}
        onChange={(value) => set('status', oneOf(STATUSES, value))}
      >
        <option value="">{t('checklist.filters.any')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`assessment.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.priority')}
        value={filters.priority}
        onChange={(value) => set('priority', oneOf(PRIORITIES, value))}
      >
        <option value="">{t('checklist.filters.any')}</option>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`assessment.priority.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.agency')}
        value={filters.agency}
        onChange={(value) => set('agency', value)}
      >
        <option value="">{t('checklist.filters.any')}</option>
        {options.agencies.map((agency) => (
          <option key={agency} value={agency}>
            {agency}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('checklist.filters.obligation')}
        value={filters.obligation}
        onChange={(value) => set('obligation', oneOf(['mandatory', 'optional'] as const, value))}
      >
        <option value="">{t('checklist.filters.any')}</option>
        <option value="mandatory">{t('assessment.level.mandatory')}</option>
        <option value="optional">{t('assessment.level.optional')}</option>
      </SelectField>
      <NotesSearch />
      <div className="filters__actions">
        <button
          type="button"
          className="button button--small"
          disabled={!hasFilters(filters) && !notesQuery}
          onClick={() => useChecklistStore.getState().clearFilters()}
        >
          {t('checklist.filters.clear')}
        </button>
      </div>
    </form>
  );
}

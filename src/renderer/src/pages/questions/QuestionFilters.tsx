import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIENCE_KINDS,
  DIFFICULTY_LEVELS,
  QUESTION_TYPES,
  type QuestionFilter,
} from '@renderer/router/filters';
import { navigate } from '@renderer/router/use-route';
import { selectArticlesByChapter, selectChapters } from '@renderer/stores/library/selectors';
import { useLibraryStore } from '@renderer/stores/library/store';
import { SelectField } from '@renderer/components/SelectField';

/** Each change is a new address, so the browser's back button undoes a filter. */
export function QuestionFilters({ filter }: { filter: QuestionFilter }) {
  const { t } = useTranslation();
  const chapters = useLibraryStore(selectChapters);
  const articlesByChapter = useLibraryStore(selectArticlesByChapter);
  const articles = useMemo(
    () =>
      filter.chapter
        ? (articlesByChapter[filter.chapter] ?? [])
        : chapters.flatMap((c) => articlesByChapter[c.number] ?? []),
    [filter.chapter, chapters, articlesByChapter],
  );

  const update = (change: Partial<QuestionFilter>) => {
    const next: QuestionFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as (keyof QuestionFilter)[])
      if (next[key] === undefined) delete next[key];
    navigate({ page: 'questions', filter: next });
  };
  const chapterOf = (article: number) =>
    chapters.find((c) => article >= c.firstArticle && article <= c.lastArticle)?.number;
  const hasFilter = Object.keys(filter).length > 0;

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('questions.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t('questions.filter.chapter')}
        value={filter.chapter ?? ''}
        onChange={(chapter) =>
          update({
            chapter: chapter || undefined,
            // An article of another chapter would leave nothing to show.
            article:
              filter.article !== undefined && chapter && chapterOf(filter.article) !== chapter
                ? undefined
                : filter.article,
          })
        }
      >
        <option value="">{t('questions.filter.anyChapter')}</option>
        {chapters.map((chapter) => (
          <option key={chapter.number} value={chapter.number}>
            {t('questions.filter.chapterOption', { number: chapter.number, title: chapter.title })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('questions.filter.article')}
        value={filter.article === undefined ? '' : String(filter.article)}
        onChange={(article) => update({ article: article ? Number(article) : undefined })}
      >
        <option value="">{t('questions.filter.anyArticle')}</option>
        {filter.article !== undefined && !articles.some((a) => a.number === filter.article) && (
          <option value={filter.article}>
            {t('library.articleNumber', { number: filter.article })}
          </option>
        )}
        {articles.map((article) => (
          <option key={article.number} value={article.number}>
            {t('questions.filter.articleOption', { number: article.number, title: article.title })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('questions.filter.type')}
        value={filter.type ?? ''}
        onChange={(type) =>
          update({ type: QUESTION_TYPES.find((candidate) => candidate === type) })
        }
      >
        <option value="">{t('questions.filter.any')}</option>
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`questions.type.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('questions.filter.difficulty')}
        value={filter.difficulty ?? ''}
        onChange={(level) =>
          update({ difficulty: DIFFICULTY_LEVELS.find((candidate) => candidate === level) })
        }
      >
        <option value="">{t('questions.filter.any')}</option>
        {DIFFICULTY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`questions.difficulty.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('questions.filter.audience')}
        value={filter.audience ?? ''}
        onChange={(group) =>
          update({ audience: AUDIENCE_KINDS.find((candidate) => candidate === group) })
        }
      >
        <option value="">{t('questions.filter.any')}</option>
        {AUDIENCE_KINDS.map((group) => (
          <option key={group} value={group}>
            {t(`questions.audience.${group}`)}
          </option>
        ))}
      </SelectField>
      <div className="filters__actions">
        <button
          type="button"
          className="button button--small"
          disabled={!hasFilter}
          onClick={() => navigate({ page: 'questions', filter: {} })}
        >
          {t('questions.filter.clear')}
        </button>
      </div>
    </form>
  );
}

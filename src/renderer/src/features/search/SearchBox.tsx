import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@shared/domain/library';
import { parseArticleReference } from '@shared/library/article-reference';
import { SearchIcon } from '@renderer/components/icons';
import { navigate } from '@renderer/router/use-route';
import {
  selectActiveIndex,
  selectAnsweredQuery,
  selectError,
  selectIsOpen,
  selectQuery,
  selectResults,
  selectStatus,
} from '@renderer/stores/search/selectors';
import { useSearchStore } from '@renderer/stores/search/store';
import { SearchResults, searchOptionId } from './SearchResults';
import { useSlashShortcut } from './use-slash-shortcut';

const LISTBOX_ID = 'search-listbox';

export function SearchBox() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const query = useSearchStore(selectQuery);
  const answeredQuery = useSearchStore(selectAnsweredQuery);
  const results = useSearchStore(selectResults);
  const activeIndex = useSearchStore(selectActiveIndex);
  const open = useSearchStore(selectIsOpen);
  const status = useSearchStore(selectStatus);
  const error = useSearchStore(selectError);
  useSlashShortcut(input);

  const showList = open && results.length > 0;
  const reference = parseArticleReference(query);

  const openArticle = (number: number) => {
    useSearchStore.getState().close();
    navigate({ page: 'article', number });
  };
  const choose = (hit: SearchHit) => openArticle(hit.articleNumber);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const store = useSearchStore.getState();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        store.moveActive(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter': {
        event.preventDefault();
        // Enter acts on the query as typed, never on results left from an earlier one: an
        // article reference opens at once; otherwise the chosen (or top) result of this query.
        const typed = parseArticleReference(store.query);
        if (typed !== null) {
          openArticle(typed);
          break;
        }
        const query = store.query;
        const current = store.status === 'done' && store.answeredQuery === query;
        const chosen = current && store.open ? store.results[store.activeIndex] : undefined;
        if (chosen) {
          openArticle(chosen.articleNumber);
          break;
        }
        void store.currentResults().then((results) => {
          const top = results?.[0];
          if (top && useSearchStore.getState().query === query) openArticle(top.articleNumber);
        });
        break;
      }
      case 'Escape':
        // First Esc closes the list (and must not let the browser clear the box too),
        // the second clears the box.
        if (store.open && store.query !== '') {
          event.preventDefault();
          store.close();
        } else store.clear();
        break;
    }
  };

  let message: string | null = null;
  if (open && error) message = error.message;
  else if (open && status === 'done' && results.length === 0) {
    message =
      reference !== null
        ? t('search.openArticle', { number: reference })
        : t('search.noMatches', { query: answeredQuery });
  }

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <SearchIcon />
      <input
        ref={input}
        id="search-input"
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={
          showList && activeIndex >= 0 ? searchOptionId(activeIndex) : undefined
        }
        value={query}
        onChange={(event) => useSearchStore.getState().setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => useSearchStore.getState().reopen()}
        onBlur={() => useSearchStore.getState().close()}
      />
      {showList && (
        <SearchResults
          id={LISTBOX_ID}
          results={results}
          activeIndex={activeIndex}
          onHover={(index) => useSearchStore.getState().setActive(index)}
          onChoose={choose}
        />
      )}
      {message && (
        <p
          className={error ? 'search__message search__message--error' : 'search__message'}
          role={error ? 'alert' : undefined}
        >
          {message}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && status === 'done' ? t('search.count', { count: results.length }) : ''}
      </p>
    </div>
  );
}

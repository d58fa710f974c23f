import { useTranslation } from 'react-i18next';
import type { SearchHit } from '@shared/domain/library';
import { HighlightedSnippet } from './HighlightedSnippet';

export const searchOptionId = (index: number) => `search-option-${index}`;

interface SearchResultsProps {
  id: string;
  results: SearchHit[];
  activeIndex: number;
  onHover(index: number): void;
  onChoose(hit: SearchHit): void;
}

export function SearchResults({ id, results, activeIndex, onHover, onChoose }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <ul id={id} role="listbox" className="search-results" aria-label={t('search.results')}>
      {results.map((hit, index) => (
        <li
          key={`${hit.ref}-${index}`}
          id={searchOptionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          className="search-result"
          // Keep focus in the input: a blur before the click would close the list first.
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => index !== activeIndex && onHover(index)}
          onClick={() => onChoose(hit)}
        >
          <span className="search-result__head">
            <span className="search-result__title">
              {t('search.resultTitle', { number: hit.articleNumber, title: hit.title })}
            </span>
            <span className="search-result__kind">{t(`search.kind.${hit.kind}`)}</span>
          </span>
          <HighlightedSnippet snippet={hit.snippet} />
        </li>
      ))}
    </ul>
  );
}

import { useLibraryStore } from '../library/store';
import { useQuestionsStore } from '../questions/store';

/**
 * After an import the library counts, the open article (it may now have an official text)
 * and the question counts may all be out of date: each store is told to ask again.
 */
export function contentChanged(): void {
  void useLibraryStore.getState().refreshStats();
  useLibraryStore.getState().forgetArticle();
  useQuestionsStore.getState().reset();
}

import type { ReactNode } from 'react';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../../contract/measures-constants';

/**
 * Text with matches wrapped in \u0002 … \u0003 (from the search index), shown with `<mark>`.
 * Everything is rendered as text: a title containing "<b>" stays "<b>". Stray markers vanish.
 */
export function Highlighted({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let buffer = '';
  let marked = false;
  const flush = () => {
    if (buffer) parts.push(marked ? <mark key={parts.length}>{buffer}</mark> : buffer);
    buffer = '';
  };
  for (const character of text) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      flush();
      marked = character === HIGHLIGHT_START;
    } else {
      buffer += character;
    }
  }
  flush();
  return <>{parts}</>;
}

/** The plain text without markers (to compare a snippet with the title). */
export const withoutMarkers = (text: string): string => text.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');

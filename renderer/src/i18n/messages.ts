import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, MessageParams } from '../../../contract';

export type Translate = (messageKey: string, params?: MessageParams) => string;

/**
 * Turns a message key from the main side into text. A key this version does not know (a newer
 * main side, a typo) never shows up raw: it falls back to a generic message of its kind.
 */
export function translateMessage(i18n: I18n, messageKey: string, params?: MessageParams): string {
  if (i18n.exists(messageKey)) return i18n.t(messageKey, { ...params });
  return i18n.t(messageKey.startsWith('validation.') ? 'validation.invalid' : 'errors.internal');
}

/** `const message = useMessage(); message(error.messageKey, error.params)` */
export function useMessage(): Translate {
  const { i18n } = useTranslation();
  // Re-created on a language change so memoised text follows it.
  const language = i18n.language;
  return useCallback((messageKey, params) => translateMessage(i18n, messageKey, params), [i18n, language]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** The headline text of a failed call. */
export const errorText = (message: Translate, error: CallError, fallbackParams?: MessageParams): string =>
  message(error.messageKey, { ...fallbackParams, ...error.params });

import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, MessageParams } from '../../../contract';

export type Translate = (messageKey: string, params?: MessageParams) => string;

/** Params that carry a measure's status code ("adopted"); the text shows its name („beschlossen“). */
const STATUS_PARAMS = ['fromStatus', 'toStatus'] as const;

function withStatusNames(i18n: I18n, params?: MessageParams): MessageParams | undefined {
  if (!params) return params;
  const named: MessageParams = { ...params };
  for (const name of STATUS_PARAMS) {
    const code = params[name];
    if (typeof code === 'string' && i18n.exists(`status.measure.${code}`)) named[name] = i18n.t(`status.measure.${code}`);
  }
  return named;
}

/**
 * Turns a message key from the main side into text. A key this version does not know (a newer
 * main side, a typo) never shows up raw: it falls back to a generic message of its kind.
 */
export function translateMessage(i18n: I18n, messageKey: string, params?: MessageParams): string {
  const options = { ...withStatusNames(i18n, params) };
  // With the params, so a key that exists only in plural forms (`…_one`, `…_other`) is found by its count.
  if (i18n.exists(messageKey, options)) return i18n.t(messageKey, options);
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

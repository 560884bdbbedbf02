/** Values interpolated into a translated message, e.g. `{ max: 120 }`. */
export type MessageParams = Record<string, string | number>;

/** A problem with one input field; `field` is the dotted path ("name", "orderedIds.2"). */
export interface FieldError {
  readonly field: string;
  readonly messageKey: string;
  readonly params?: MessageParams;
}

export type CallErrorCode =
  | 'invalid-input' // the input failed the call's schema
  | 'rejected' // valid input that the domain refuses (duplicate, in use, forbidden transition)
  | 'not-found'
  | 'conflict' // the record was changed by someone else since it was loaded: nothing was saved
  | 'unavailable' // the database was refused at start (damaged, newer version)
  | 'storage' // the disk refused the change (full, write-protected, I/O error): nothing was saved
  | 'unknown-call'
  | 'internal';

/** What every transport returns on failure: translatable keys, never a stack trace. */
export interface CallError {
  readonly code: CallErrorCode;
  readonly messageKey: string;
  readonly params?: MessageParams;
  readonly fields: readonly FieldError[];
}

export type CallResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: CallError };

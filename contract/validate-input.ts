import type { z } from 'zod';
import type { FieldError } from './errors';

type Issue = z.core.$ZodIssue;

/** Maps one zod issue to a translatable message key; custom messages that are keys are kept. */
function messageFor(issue: Issue): Pick<FieldError, 'messageKey' | 'params'> {
  // A custom issue may carry its message's params ("bis {{maxMegabytes}} MB").
  if (issue.message.startsWith('validation.')) return { messageKey: issue.message, ...(issue.code === 'custom' && issue.params ? { params: issue.params as FieldError['params'] } : {}) };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { messageKey: 'validation.required' }
        : { messageKey: `validation.expected.${issue.expected}` };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { messageKey: 'validation.required' }
          : { messageKey: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') return { messageKey: 'validation.tooFewItems', params: { min: Number(issue.minimum) } };
      return { messageKey: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { messageKey: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { messageKey: 'validation.tooManyItems', params: { max: Number(issue.maximum) } };
      return { messageKey: 'validation.tooLarge', params: { max: Number(issue.maximum) } };
    case 'unrecognized_keys':
      return { messageKey: 'validation.unknownField' };
    case 'invalid_format':
      return { messageKey: 'validation.invalidFormat' };
    default:
      return { messageKey: 'validation.invalid' };
  }
}

function fieldErrorsOf(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    // Unknown keys are reported on the object; name each key so the UI can show it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, ...messageFor(issue) }));
    }
    return [{ field: base, ...messageFor(issue) }];
  });
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/** Validates untrusted input against a call's schema; never throws. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): ValidationOutcome<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fields: fieldErrorsOf(parsed.error.issues) };
}

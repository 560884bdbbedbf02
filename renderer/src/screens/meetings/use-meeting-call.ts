import { useMemo } from 'react';
import type { CallError, CallInput, CallName, CallOutput, CallResult, FieldError, MeetingDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';

/** The calls that answer with the whole meeting (agenda, attendance, decisions …). */
export type MeetingCallName = { [N in CallName]: CallOutput<N> extends MeetingDto ? N : never }[CallName];

export interface MeetingRunner {
  <N extends MeetingCallName>(name: N, input: CallInput<N>, options?: { success?: string; quiet?: boolean }): Promise<CallResult<MeetingDto>>;
  /** Puts a meeting another call returned on screen (e.g. from the decision dialog). */
  apply(meeting: MeetingDto): void;
  /** A call about another meeting (approving earlier minutes): toasts only, nothing replaced. True when it worked. */
  raw<N extends CallName>(name: N, input: CallInput<N>, success: string): Promise<boolean>;
}

/**
 * Runs a call that changes the meeting and puts the answer on screen (no second round trip).
 * A refusal becomes an error toast unless the caller handles it (a form shows it at its fields).
 */
export function useMeetingCall(setMeeting: (meeting: MeetingDto) => void): MeetingRunner {
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  return useMemo(() => {
    const run = async <N extends MeetingCallName>(
      name: N,
      input: CallInput<N>,
      options: { success?: string; quiet?: boolean } = {},
    ): Promise<CallResult<MeetingDto>> => {
      const result = (await api.call(name, input)) as CallResult<MeetingDto>;
      if (result.ok) {
        setMeeting(result.data);
        if (options.success) toasts.success(options.success);
      } else if (!options.quiet) {
        toasts.error(errorText(message, result.error));
      }
      return result;
    };
    const raw = async <N extends CallName>(name: N, input: CallInput<N>, success: string): Promise<boolean> => {
      const result = await api.call(name, input);
      if (result.ok) toasts.success(success);
      else toasts.error(errorText(message, result.error));
      return result.ok;
    };
    return Object.assign(run, { apply: setMeeting, raw });
  }, [api, message, setMeeting, toasts]);
}

/** A failed call made on this side, for input the form checks before asking the main side. */
export const localError = (fields: FieldError[]): CallError => ({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields });

/** Field names of the contract mapped onto the names of a form ("endsAt" → "endTime"). */
export function renameFields(error: CallError, names: Record<string, string>): CallError {
  return {
    ...error,
    fields: error.fields.map((field) => {
      const [head = '', ...rest] = field.field.split('.');
      const renamed = names[head];
      return renamed ? { ...field, field: [renamed, ...rest].join('.') } : field;
    }),
  };
}

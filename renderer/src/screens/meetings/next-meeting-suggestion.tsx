import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatestMeetingDto, MeetingRowDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import type { FormController } from '../../api/use-form';
import type { MeetingFormValues } from './MeetingForm';
import { formatDateShort } from '../../i18n/format';
import { datePart, timePart } from './meeting-format';

type SuggestedField = 'number' | 'place' | 'startTime' | 'endTime';
const SUGGESTED: readonly SuggestedField[] = ['number', 'place', 'startTime', 'endTime'];

/** The next number of the body's meetings, and where and when its latest one met (as `meetings.latestOfBody` answers). */
export function suggestionFrom({ latest, highestNumber }: LatestMeetingDto): { basis: MeetingRowDto; values: Record<SuggestedField, string> } | null {
  if (!latest) return null;
  return {
    basis: latest,
    values: {
      number: highestNumber === null ? '' : String(highestNumber + 1),
      place: latest.place,
      startTime: timePart(latest.startsAt),
      endTime: latest.endsAt ? timePart(latest.endsAt) : '',
    },
  };
}

/**
 * When a body is chosen in "Neue Sitzung", fills in its next number and the place and times of
 * its latest meeting — but only fields the user has not changed (empty, the form's default, or
 * an earlier suggestion). Returns the meeting the suggestion came from, to say so.
 */
export function useNextMeetingSuggestion(form: FormController<MeetingFormValues>, defaults: MeetingFormValues): MeetingRowDto | null {
  const api = useApi();
  const bodyId = form.values.bodyId;
  const [basis, setBasis] = useState<MeetingRowDto | null>(null);
  const current = useRef(form.values);
  current.current = form.values;
  const suggested = useRef<Partial<Record<SuggestedField, string>>>({});

  useEffect(() => {
    setBasis(null);
    if (!bodyId) return;
    let cancelled = false;
    void api.call('meetings.latestOfBody', { bodyId: Number(bodyId) }).then((result) => {
      if (cancelled || !result.ok) return;
      const suggestion = suggestionFrom(result.data);
      if (!suggestion) return;
      for (const field of SUGGESTED) {
        const value = current.current[field];
        const untouched = value === '' || value === defaults[field] || value === suggested.current[field];
        if (untouched && suggestion.values[field] !== '') {
          form.setValue(field, suggestion.values[field]);
          suggested.current[field] = suggestion.values[field];
        }
      }
      setBasis(suggestion.basis);
    });
    return () => {
      cancelled = true;
    };
    // Only a new body asks again; the form and its defaults are stable for the dialog's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyId]);

  return basis;
}

/** "Vorschlag nach der 12. Sitzung vom 22.10.2026": why number, place and times are filled in. */
export function NextMeetingNote({ basis }: { basis: MeetingRowDto | null }) {
  const { t } = useTranslation();
  if (!basis) return null;
  return (
    <p className="field__hint" role="status">
      {t('meetings.create.suggested', { title: basis.title, date: formatDateShort(datePart(basis.startsAt)) })}
    </p>
  );
}

import { useState, type ReactNode } from 'react';
import type { BodyDto, MembershipDto } from '../../../../contract';
import { todayIso } from '../measures/measure-helpers';
import { EndMembershipDialog, MembershipDialog, RemoveMembershipDialog } from './MembershipDialog';

type Open = { kind: 'add' } | { kind: 'edit' | 'end' | 'remove'; membership: MembershipDto } | null;

/** The three membership dialogs of a contact's or a body's page, and what opens them. */
export function useMembershipDialogs(options: {
  contact?: { id: number; name: string };
  body?: { id: number; name: string };
  bodies?: readonly BodyDto[];
  onChanged(): void;
}): { open(next: Open): void; dialogs: ReactNode } {
  const [current, setCurrent] = useState<Open>(null);
  const close = () => setCurrent(null);
  const done = () => {
    close();
    options.onChanged();
  };
  let dialogs: ReactNode = null;
  if (current?.kind === 'add') dialogs = <MembershipDialog contact={options.contact} body={options.body} bodies={options.bodies} onClose={close} onSaved={done} />;
  else if (current?.kind === 'edit') dialogs = <MembershipDialog membership={current.membership} onClose={close} onSaved={done} />;
  else if (current?.kind === 'end') dialogs = <EndMembershipDialog membership={current.membership} today={todayIso()} onClose={close} onSaved={done} />;
  else if (current?.kind === 'remove') dialogs = <RemoveMembershipDialog membership={current.membership} onClose={close} onRemoved={done} />;
  return { open: setCurrent, dialogs };
}

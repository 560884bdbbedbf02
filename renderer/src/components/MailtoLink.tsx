import type { MouseEvent, ReactNode } from 'react';
import { useApi } from '../api/api-context';
import { useAppData } from '../app/app-data';
import { useToasts } from './toasts';

/** Longer links are refused by the app's link check (and by many mail programs). */
export const MAX_MAILTO_LENGTH = 2048;

/**
 * A mailto link. In the desktop app a link may not leave the window, so the main side hands it
 * to the mail program (after its own check of the address); in the browser the link just opens.
 */
interface MailtoLinkProps {
  readonly href: string;
  readonly className: string;
  /** Said when the desktop app could not hand the link over. */
  readonly failedText: string;
  /** The id of a hint that explains the link (who receives it, what to attach). */
  readonly describedBy?: string;
  readonly children: ReactNode;
}

export function MailtoLink({ href, className, failedText, describedBy, children }: MailtoLinkProps) {
  const api = useApi();
  const toasts = useToasts();
  const { status } = useAppData();
  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (status.transport !== 'electron') return;
    event.preventDefault();
    const result = await api.call('system.openExternal', { url: href });
    if (!result.ok || !result.data.opened) toasts.error(failedText);
  };
  return (
    <a className={className} href={href} aria-describedby={describedBy} onClick={(event) => void open(event)}>
      {children}
    </a>
  );
}

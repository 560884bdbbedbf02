import path from 'node:path';
import { removeScratchDir } from '../data-temp';
import type { ExportFile } from '../../services/contacts/contact-export-stream';
import { TransferTokens } from '../transfer-tokens';

/** A database file main may import: chosen in the open dialog (the person's own file) or uploaded into the data folder's temp. */
export interface ChosenFile {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  /** An upload is removed once imported or refused; a chosen file stays where it is. */
  readonly temporary: boolean;
}

/** An upload sits alone in its scratch folder (data-temp.ts): the folder goes with it. */
export const disposeChosen = (file: ChosenFile): void => {
  if (file.temporary) removeScratchDir(path.dirname(file.path));
};

/** Browser mode's file transfers, shared by the handlers (which issue tokens) and the server (which serves them). */
export interface BrowserTransfers {
  /** `GET /download/<token>` streams the export. */
  readonly downloads: TransferTokens<ExportFile>;
  /** `POST /upload` stores a database file and answers a token for `backups.importChosen`. */
  readonly uploads: TransferTokens<ChosenFile>;
}

export const createBrowserTransfers = (secret: string): BrowserTransfers => ({
  downloads: new TransferTokens<ExportFile>(secret),
  uploads: new TransferTokens<ChosenFile>(secret, Date.now, disposeChosen),
});

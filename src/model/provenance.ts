/** What a report was made from: the files (with their git commits), today, the calendar and worklog's version. */

import type { IsoDate } from './log.js';

export interface Provenance {
  files: { file: string; date: IsoDate | null; commit: string | null }[];
  today: IsoDate | null;
  calendar: string;
  version: string;
}

/** worklog's version, fixed at build time from package.json. */

declare const WORKLOG_VERSION: string;

export const version: string = WORKLOG_VERSION;

/** What `worklog status` and `worklog report` do: the status report of today's log, as the morning view or in full. */

import { createContext } from '../../analyze/index.js';
import { buildStatus, type StatusReport } from '../../analyze/status.js';
import { exitCodes } from '../../errors.js';
import type { Registry } from '../../render/formatter.js';
import { formats } from '../../render/formats.js';
import type { Action } from '../commands.js';
import { writeFormatted } from '../format.js';
import { readInputs } from '../load.js';
import { provenanceOf, type ProvenanceOptions } from '../provenance.js';

/** The two commands compute the same report; only their formats differ. */
function writeStatusReport(registry: Registry<StatusReport>): Action<ProvenanceOptions> {
  return async ({ paths, options, io }) => {
    const { config, calendar, logs, unreadable, sources } = await readInputs(paths, options, io);
    const context = createContext(logs, config, calendar);
    const report = buildStatus(context, provenanceOf(context, sources, options, io), unreadable);
    await writeFormatted(io, options, registry, report);
    return exitCodes.ok;
  };
}

export const statusAction = writeStatusReport(formats.status);

export const reportAction = writeStatusReport(formats.report);

/** mermaid's own gantt code run in Node on a jsdom page: the reference worklog's gantt dates are checked against. */

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatLocal } from '../../src/parse/mermaid/gantt-dates.js';
import { loadMermaid } from './mermaid-render.js';
import { asWritten } from './sequence-mermaid.js';

/** A task as mermaid's gantt db returns it, with dates written like worklog's. */
export interface ReferenceTask {
  id: string;
  section: string;
  start: string | null;
  end: string | null;
  renderEnd: string | null;
  tags: string[];
}

/** `title` is the one mermaid draws: the chart's `title` line, else its front matter's, else empty. */
export type ReferenceChart = { drawn: true; title: string; tasks: ReferenceTask[] } | { drawn: false; error: string };

interface MermaidTask {
  id: string;
  section: string;
  startTime?: Date;
  endTime?: Date;
  renderEndTime?: Date | null;
  active?: boolean;
  done?: boolean;
  crit?: boolean;
  milestone?: boolean;
  vert?: boolean;
}

interface GanttChunk {
  diagram: {
    parser: { parse: (text: string) => unknown; parser: { yy: unknown } };
    db: { clear: () => void; getTasks: () => MermaidTask[] };
  };
}

const tagNames = ['active', 'done', 'crit', 'milestone', 'vert'] as const;

function toReference(task: MermaidTask): ReferenceTask {
  return {
    id: task.id,
    section: task.section.trim(),
    start: formatLocal(task.startTime),
    end: formatLocal(task.endTime),
    renderEnd: formatLocal(task.renderEndTime),
    tags: tagNames.filter((tag) => task[tag] === true),
  };
}

/** The gantt chunk mermaid loads for gantt charts (its file name carries a build hash). */
function ganttChunkUrl(): string {
  const core = createRequire(import.meta.url).resolve('mermaid');
  const chunks = join(dirname(core), 'chunks', 'mermaid.core');
  const chunk = readdirSync(chunks).find((name) => /^ganttDiagram-\w+\.mjs$/.test(name));
  if (!chunk) throw new Error(`no gantt chunk in ${chunks}`);
  return pathToFileURL(join(chunks, chunk)).href;
}

/**
 * Loads mermaid and returns a function that reads a chart with mermaid's own code. mermaid keeps task ids in
 * module state that `clear()` never empties, so an id from one chart leaks into the next; each chart therefore
 * gets a fresh copy of the gantt module (a new URL is a new module), as on a page showing that chart alone.
 */
export async function loadMermaidGantt(): Promise<(chart: string) => Promise<ReferenceChart>> {
  const read = await loadMermaid();
  const chunkUrl = ganttChunkUrl();
  let copies = 0;

  return async (chart) => {
    // Front matter, directives, comments and entity codes are handled here, exactly as when mermaid renders.
    const reading = await read(chart);
    if (!reading.drawn) return reading;
    const { text } = reading.diagram;
    const title = asWritten((reading.diagram.db as { getDiagramTitle: () => string }).getDiagramTitle());
    copies += 1;
    const { diagram } = (await import(/* @vite-ignore */ `${chunkUrl}?chart=${copies}`)) as GanttChunk;
    try {
      diagram.parser.parser.yy = diagram.db;
      diagram.db.clear();
      diagram.parser.parse(text);
      return { drawn: true, title, tasks: diagram.db.getTasks().map(toReference) };
    } catch (error) {
      return { drawn: false, error: String(error) };
    }
  };
}

/** Drill records kept in a table (`| Time | System | Fault | Nodes | Alert fired? |`, `| 系统 | 故障类型 | 节点数 | 告警 |`): one drill run per row. */

import type { Line, Note, WorkLog } from '../../model/log.js';

/** One row of a drill record table: a drill that ran, on a system, with what it found. */
export interface DrillRecord {
  system: string;
  /** The fault cell as written (`disk fill to 95%`, `网络延迟`), read for fault types like an item. */
  fault: string;
  nodes: number | null;
  /** The alert column (or the row) says the alarm did not fire. */
  alarm: boolean;
  line: Line;
}

const systemHeader = /^(?:systems?|系统|目标系统|target)$/i;
const faultHeader = /^(?:faults?|fault types?|故障|故障类型|注入|scenario|experiment)$/i;
const nodesHeader = /^(?:nodes?|hosts?|节点|节点数|机器数)$/i;
const alertHeader = /^(?:alerts?(?: fired\??)?|alarms?|告警|报警|告警情况|paged\??)$/i;
// An alert cell that says it did not fire: `no`, `**no page**`, `未触发`, `没响`.
const alertMissing = /^(?:no\b|否|未|没|无)/i;
// A row that did not run (`n/a | skipped: change freeze`) records nothing.
const notRun = /\bskipped\b|\bcancel(?:l)?ed\b|跳过|取消|未执行/i;

const cellsOf = (row: string): string[] => row.split(' | ').map((cell) => cell.trim());

/** The drill runs of one table; none when its header has no system and fault columns (an incident table, a staffing table). */
function recordsOf(table: Note): DrillRecord[] {
  const [header = '', ...rows] = table.text.split('\n');
  const columns = cellsOf(header);
  const system = columns.findIndex((cell) => systemHeader.test(cell));
  const fault = columns.findIndex((cell) => faultHeader.test(cell));
  if (system < 0 || fault < 0) return [];
  const nodes = columns.findIndex((cell) => nodesHeader.test(cell));
  const alert = columns.findIndex((cell) => alertHeader.test(cell));
  return rows.flatMap((row, index) => {
    const cells = cellsOf(row);
    const name = cells[system] ?? '';
    if (name === '' || notRun.test(row)) return [];
    const count = /\d+/.exec(cells[nodes] ?? '')?.[0];
    // The table's rows follow its header and delimiter lines.
    return [{ system: name, fault: cells[fault] ?? '', nodes: count ? Number(count) : null, alarm: alertMissing.test(cells[alert] ?? ''), line: table.line + 2 + index }];
  });
}

/** Every drill run recorded in a log's tables, in the order written. */
export function drillRecords(log: WorkLog): DrillRecord[] {
  return log.notes.filter((note) => note.kind === 'table').flatMap(recordsOf);
}

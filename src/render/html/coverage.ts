/** The fault-injection coverage section: systems × fault types, a colour and symbol per state, scores, and unattributed drills. */

import type { CellState, Coverage, CoverageCell } from '../../model/coverage.js';
import { pluralWord } from '../../words/plural.js';
import { cellAt, cellText, matrixColumns, percent, scoreText, stateSymbols, stateWords, worstGaps } from '../coverage-view.js';
import { dataTable, heading, legend, legendEntry, paragraph, section } from './layout.js';
import { html, type Html } from './markup.js';
import { stateTint, styles } from './style.js';

function cellTitle(cell: CoverageCell): string {
  const lines = cell.lines.length > 0 ? ` · ${pluralWord(cell.lines.length, 'line')} ${cell.lines.join(', ')}` : '';
  // Only where the date explains the state: a done cell's date would crowd every title.
  const lastDone = cell.state === 'expired' && cell.lastDone !== null ? ` · last done ${cell.lastDone}` : '';
  return `${stateWords[cell.state]}${cell.nodes === null ? '' : ` · ${cell.nodes} nodes`}${lastDone}${lines}${cell.required ? '' : ' · not required'}`;
}

export function coverageMatrix(coverage: Coverage): Html {
  const columns = matrixColumns(coverage);
  const rows = coverage.systems.map((system) => {
    const cells = columns.map((column) => {
      const found = cellAt(coverage, system.name, column.faultType);
      return found
        ? html`<td align="center" nowrap title="${cellTitle(found)}" style="${stateTint(found.state)}">${cellText(found)}</td>`
        : html`<td></td>`;
    });
    return html`<tr><th scope="row" align="left" style="font-weight:400">${system.name}</th>${cells}<td align="right" style="${styles.number}">${scoreText(system.score)}</td></tr>
`;
  });
  return html`<table class="coverage-matrix" cellpadding="3" cellspacing="1" border="0" style="${styles.matrix}">
<thead><tr><th align="left" style="${styles.th}">System</th>${columns.map((column) => html`<th style="${styles.th};min-width:28px">${column.label}</th>`)}<th align="right" style="${styles.th}">Score</th></tr></thead>
<tbody>
${rows}</tbody>
<tfoot><tr><th scope="row" align="left" style="${styles.th};white-space:normal">All systems</th><td colspan="${columns.length}" style="${styles.th}"></td><td align="right" style="${styles.th};white-space:normal">${scoreText(coverage.score)} · ${percent(coverage.score.ratio)}</td></tr></tfoot>
</table>
`;
}

function coverageLegend(): Html {
  const entries = (Object.keys(stateSymbols) as CellState[]).map((state) =>
    legendEntry(html`<td align="center" style="${stateTint(state)}">${stateSymbols[state]}</td><td style="padding-right:14px">${stateWords[state]}</td>`));
  return legend([entries, legendEntry(html`<td style="${styles.muted}">a number after the symbol: nodes</td>`)]);
}

export function coverageSection(coverage: Coverage): Html {
  const { score } = coverage;
  const gaps = worstGaps(coverage);
  const unattributed = coverage.unattributed.length === 0 ? '' : [
    heading('Drill items not attributed to a system'),
    dataTable('unattributed', [{ label: 'Line', align: 'right', nowrap: true }, { label: 'Item' }], coverage.unattributed.map((drill) => [drill.line, drill.text])),
  ];
  if (coverage.systems.length === 0) {
    return section('coverage', 'Fault-injection coverage', [paragraph('No drill items and no configured systems.'), unattributed]);
  }
  return section('coverage', 'Fault-injection coverage', [
    paragraph(html`<strong>${percent(score.ratio)}</strong> of the required drills (${scoreText(score)}, weighted: done 1, expired 0.75, alarm 0.5, pending and never 0).`),
    gaps.length > 0 ? html`<ul style="${styles.list}">${gaps.map((gap) => html`<li>${gap}</li>`)}</ul>
` : '',
    coverageMatrix(coverage),
    coverageLegend(),
    unattributed,
  ]);
}

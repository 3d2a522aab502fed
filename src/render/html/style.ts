/** The report's look as inline styles: mail clients drop `<style>` elements, so every element carries its own. */

import type { CellState } from '../../model/coverage.js';
import type { Severity } from '../../model/diagnostic.js';
import type { Priority } from '../../model/log.js';
import type { LoadState } from '../schedule-view.js';

// Family names are unquoted (valid CSS for plain words) so attribute values need no escaped quotes.
const sans = 'font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica Neue,Arial,PingFang SC,Hiragino Sans GB,Microsoft YaHei,Noto Sans CJK SC,Source Han Sans SC,WenQuanYi Micro Hei,sans-serif';
const mono = 'font-family:SFMono-Regular,Menlo,Consolas,Liberation Mono,Noto Sans Mono CJK SC,monospace';

export const colors = {
  text: '#1f2933',
  muted: '#616e7c',
  faint: '#9aa5b1',
  rule: '#e4e7eb',
  header: '#f5f7fa',
  band: '#f7f9fb',
  page: '#eef1f4',
  today: '#2563eb',
} as const;

/** Text and background of a coloured cell or badge. */
interface Tint {
  color: string;
  background: string;
  bold?: boolean;
}

const green: Tint = { color: '#1d6b3a', background: '#d9f2e1' };
const red: Tint = { color: '#a61b1b', background: '#fadcdc', bold: true };
const amber: Tint = { color: '#8a5a00', background: '#fcefc7' };
const blue: Tint = { color: '#0b5c8a', background: '#dbeefb' };
const grey: Tint = { color: colors.faint, background: '#f5f7fa' };

const tint = ({ color, background, bold }: Tint): string => `color:${color};background:${background}${bold ? ';font-weight:700' : ''}`;

export const styles = {
  body: `margin:0;padding:0;background:${colors.page}`,
  page: `width:100%;background:${colors.page};${sans}`,
  sheet: `width:100%;max-width:1120px;background:#ffffff;border:1px solid ${colors.rule};${sans};font-size:14px;line-height:1.5;color:${colors.text}`,
  // Narrow margins: on a 360 px phone every pixel of padding is taken from the tables.
  content: 'padding:16px 14px',
  h1: 'margin:0 0 4px;font-size:22px;line-height:1.3',
  h2: `margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid ${colors.rule};font-size:17px`,
  h3: 'margin:16px 0 6px;font-size:14px',
  paragraph: 'margin:6px 0',
  list: 'margin:6px 0;padding-left:22px',
  muted: `color:${colors.muted}`,
  // Fonts are set on every table too: some mail clients do not let tables inherit them.
  // Long words (host names, paths) break anywhere rather than widen the table past a phone's screen.
  table: `border-collapse:collapse;margin:6px 0;font-size:13px;${sans};overflow-wrap:anywhere;word-break:break-word`,
  th: `border-bottom:1px solid #cbd2d9;background:${colors.header};color:${colors.muted};font-weight:600;white-space:nowrap`,
  number: 'white-space:nowrap;font-variant-numeric:tabular-nums',
  code: `font-size:12px;color:${colors.muted}`,
  stat: 'padding:6px 22px 6px 0',
  statNumber: 'font-size:22px;font-weight:700;line-height:1.2',
  statLabel: `font-size:12px;color:${colors.muted}`,
  // Square corners: a badge on every row, and the clients that round them are not the ones that clip long mail.
  badge: 'padding:0 5px;font-size:12px',
  // Cells separated by spacing, not borders, so the borders can mark weeks and today.
  chart: `border-collapse:separate;margin:6px 0;${sans};font-size:12px;line-height:1.4;text-align:center`,
  chartHead: `color:${colors.muted};background:${colors.header}`,
  chartCells: mono,
  // Inline blocks flow side by side while they fit and wrap to the next line when they do not.
  block: 'display:inline-table;vertical-align:top;margin-right:12px',
  inline: 'display:inline-block;vertical-align:top',
  // A person's name on every row of every block: what attributes can say (alignment, wrapping, background) they say.
  chartPerson: `font-size:13px;font-weight:400;padding-right:10px;color:${colors.text}`,
  legend: `margin:6px 0;font-size:13px;${sans}`,
  // The font comes from the chart's table: repeated on every row of every block it would be a third of the chart.
  chartName: `font-size:13px;font-weight:400;text-align:left;white-space:nowrap;padding-right:10px;color:${colors.text};background:#ffffff`,
  matrix: `border-collapse:separate;margin:6px 0;font-size:13px;${sans}`,
  footer: `margin:28px 0 0;padding-top:10px;border-top:1px solid ${colors.rule};font-size:12px;color:${colors.muted}`,
} as const;

const loadTints: Readonly<Record<LoadState, Tint>> = { free: grey, booked: green, over: red };

export function loadTint(state: LoadState): string {
  return tint(loadTints[state]);
}

const stateTints: Readonly<Record<CellState, Tint>> = { done: green, expired: amber, alarm: red, pending: blue, never: grey };

export function stateTint(state: CellState): string {
  return tint(stateTints[state]);
}

const priorityTints: Readonly<Record<Priority, Tint>> = {
  P0: { color: '#ffffff', background: '#c81e1e', bold: true },
  P1: red,
  P2: amber,
  P3: blue,
  P4: grey,
};

export function priorityTint(priority: Priority | null): string {
  return tint(priority === null ? { color: colors.faint, background: 'transparent' } : priorityTints[priority]);
}

const severityTints: Readonly<Record<Severity, Tint>> = { error: red, warning: amber, info: blue };

export function severityTint(severity: Severity): string {
  return tint(severityTints[severity]);
}

export const okTint = tint(green);
export const newTint = tint(blue);
export const agedTint = tint(amber);
export const overdueTint = tint(red);
export const droppedTint = tint({ color: colors.muted, background: colors.header });

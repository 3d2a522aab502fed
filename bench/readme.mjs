// The benchmark's arithmetic and its table: medians and ratios from raw samples, and the markdown the README shows
// between `<!-- bench:start -->` and `<!-- bench:end -->`. Pure functions; bench/run.mjs does the measuring.

export const readmeStart = '<!-- bench:start -->';
export const readmeEnd = '<!-- bench:end -->';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const rounded = (value, digits = 3) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/**
 * One command against its baseline: the raw samples, their medians, the ratio of the medians (what the targets are
 * stated in) and the median of the ratios of runs taken side by side, and whether the target is met.
 */
export function summarise({ id, group, command, baseline, target, samples, baselineSamples }) {
  const of = (list, key, digits = 3) => list.map((sample) => rounded(sample[key], digits));
  const times = { command: of(samples, 'seconds'), baseline: of(baselineSamples, 'seconds') };
  const cpu = { command: of(samples, 'cpuSeconds'), baseline: of(baselineSamples, 'cpuSeconds') };
  const rss = { command: of(samples, 'rssMB', 1), baseline: of(baselineSamples, 'rssMB', 1) };
  const medians = { command: median(times.command), baseline: median(times.baseline) };
  const cpuMedians = { command: median(cpu.command), baseline: median(cpu.baseline) };
  const pairs = times.command.slice(0, times.baseline.length).map((seconds, index) => seconds / times.baseline[index]);
  const ratio = rounded(medians.command / medians.baseline, 4);
  const peakRssMB = { command: rounded(Math.max(...rss.command), 1), baseline: rounded(Math.max(...rss.baseline), 1) };
  const ratioMet = target ? ratio <= target.ratio : null;
  const rssMet = target?.rssMB === undefined ? null : peakRssMB.command <= target.rssMB;
  return {
    id,
    group,
    command,
    baseline,
    runs: { command: samples.length, baseline: baselineSamples.length },
    seconds: times,
    cpuSeconds: cpu,
    rssMB: rss,
    median: medians,
    cpuMedian: cpuMedians,
    ratio: { ofMedians: ratio, medianOfPairs: rounded(median(pairs), 4), cpuOfMedians: rounded(cpuMedians.command / cpuMedians.baseline, 4) },
    peakRssMB,
    target,
    met: target ? { ratio: ratioMet, rss: rssMet, all: ratioMet && rssMet !== false } : null,
  };
}

const fixed = (value, digits) => (value === null || value === undefined ? '—' : value.toFixed(digits));
// Three significant digits: 0.171 s of start-up and 184 s of parsing are both read to the precision they have.
const seconds = (value) => (value === null || value === undefined ? '—' : value.toPrecision(3));

function targetText(target) {
  if (!target) return '—';
  return [`≤ ${target.ratio}×`, ...(target.rssMB === undefined ? [] : [`≤ ${target.rssMB} MB`])].join(', ');
}

function metText(met) {
  if (!met) return '—';
  if (met.all) return 'yes';
  const missed = [...(met.ratio ? [] : ['time']), ...(met.rss === false ? ['RSS'] : [])];
  return `no (${missed.join(', ')})`;
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The machine and the commit the numbers come from, in one line. */
export function machineLine(results) {
  const { machine } = results;
  const commit = results.commit ? `commit \`${results.commit.slice(0, 7)}\`${results.dirty ? ' with local changes' : ''}` : 'no commit';
  return `Measured ${results.date.slice(0, 10)} on ${machine.cpu} × ${machine.cores}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}; `
    + `${commit}; load average ${machine.loadAverage[0]} at the start${results.quick ? '; quick mode (260 logs, 1 MB file only)' : ''}.`;
}

/** The results as markdown: the machine line, a table of every comparison, and how to read it. */
export function renderResults(results) {
  const header = ['Command', 'Runs', 'Median s', 'Baseline', 'Runs', 'Baseline median s', 'Ratio', 'CPU ratio', 'Target', 'Met', 'Peak RSS MB'];
  const rows = results.comparisons.map((comparison) => [
    `\`${comparison.command}\``,
    comparison.runs.command,
    seconds(comparison.median.command),
    `\`${comparison.baseline}\``,
    comparison.runs.baseline,
    seconds(comparison.median.baseline),
    `${fixed(comparison.ratio.ofMedians, 3)}×`,
    `${fixed(comparison.ratio.cpuOfMedians, 3)}×`,
    targetText(comparison.target),
    metText(comparison.met),
    fixed(comparison.peakRssMB.command, 0),
  ].map(cell));
  return [
    machineLine(results),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => ([1, 2, 4, 5, 6, 7, 10].includes(index) ? '--:' : '--')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    'Ratio: the median wall time of the command over the median of its baseline (the ratio of medians); CPU ratio: the',
    'same for user + system CPU time. Runs are interleaved with the baseline after one warm-up run; a side run once',
    '(the bare parse of the 4 and 10 MB files, by default) has no warm-up. Peak RSS: the largest of the command\'s runs.',
    ...(results.cacheFlag?.startsWith('none') ? ['', 'This build has no parse cache: the warm runs read every file as the cold ones do.'] : []),
  ].join('\n');
}

/** The README with the text between the bench markers replaced by the results' table. */
export function updateReadme(readme, results) {
  const start = readme.indexOf(readmeStart);
  const end = readme.indexOf(readmeEnd);
  if (start < 0 || end < start) throw new Error(`README.md has no ${readmeStart} … ${readmeEnd} section`);
  return `${readme.slice(0, start + readmeStart.length)}\n${renderResults(results)}\n${readme.slice(end)}`;
}

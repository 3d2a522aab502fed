// Loaded with `--import` where GNU time is not installed: on exit, the process writes its own CPU time and peak
// resident set (as `time -f '%U %S %M'` would: seconds, seconds, kilobytes) to the file bench/run.mjs names.
import { writeFileSync } from 'node:fs';

const report = process.env.WORKLOG_BENCH_REPORT;
if (report) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(report, `${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6} ${usage.maxRSS}\n`);
  });
}

// Rewrites the README's rule reference (between <!-- rules:start --> and <!-- rules:end -->) from the rule catalog,
// as `worklog rules --format markdown` prints it; run `npm run build` first. A test fails when the two differ.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const readme = new URL('../README.md', import.meta.url);
const cli = fileURLToPath(new URL('../bin/worklog.js', import.meta.url));
const table = execFileSync(process.execPath, [cli, 'rules', '--format', 'markdown'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const text = await readFile(readme, 'utf8');
const updated = text.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, (_, start, end) => `${start}${table}${end}`);
if (updated === text) process.stdout.write('README.md: the rule reference is up to date\n');
else await writeFile(readme, updated);

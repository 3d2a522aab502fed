// The benchmark's baseline: only parses the given files (folders read recursively) with unified + remark-parse +
// remark-gfm, one after another on one thread, and nothing else — what any tool reading these logs must at least do.
// Usage: node bench/bare-parse.mjs PATH...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The markdown files at `path`: itself, or every one under it, in name order. */
function markdownFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(join(path, entry.name)) : /\.md$/i.test(entry.name) ? [join(path, entry.name)] : []));
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: node bench/bare-parse.mjs PATH...');
  process.exit(2);
}
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
let files = 0;
let nodes = 0;
for (const file of paths.flatMap(markdownFiles)) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  files += 1;
  nodes += tree.children.length;
}
console.log(`${files} files parsed, ${nodes} top-level nodes`);

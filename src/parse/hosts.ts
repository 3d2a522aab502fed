/** Host names written in item text: fully qualified names, alone or in a `['a','b']` list. */

// Labels of letters, digits, `-` and `_` (real fleets use `_`), at least three of them, ending in a letter label.
const hostPattern = /(?<![\w.@/-])((?:[a-z0-9](?:[\w-]*[a-z0-9])?\.){2,}[a-z][a-z0-9-]*[a-z0-9])(?![\w-]|\.\w)/gi;

// A dotted name ending in one of these is a file, not a host.
const fileExtensions = new Set([
  'md', 'markdown', 'json', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'yaml', 'yml', 'toml', 'txt', 'log',
  'html', 'htm', 'css', 'py', 'java', 'go', 'rs', 'sh', 'xml', 'csv', 'png', 'jpg', 'jpeg', 'gif', 'svg',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'gz', 'tar', 'tgz', 'jar', 'war', 'sql', 'conf',
]);

/** Each host once, in the order first written. */
export function findHosts(text: string): string[] {
  const hosts = new Set<string>();
  for (const match of text.matchAll(hostPattern)) {
    const host = match[1] ?? '';
    const topLabel = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (!fileExtensions.has(topLabel)) hosts.add(host);
  }
  return [...hosts];
}

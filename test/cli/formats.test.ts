import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { formatNames, renderFormat, type Formatter, type FormatContext } from '../../src/render/formatter.js';
import { everyLogFormats, formats } from '../../src/render/formats.js';
import { filesUnder, root, runCli } from '../helpers.js';

const reference = 'fixtures/2023-11-12.md';
const registries = Object.entries(formats);
// A message needs its addresses; every other format needs nothing but its name.
const formatArgs = (format: string): string[] => ['--format', format, ...(format === 'email' ? ['--to', 'qa@example.com', '--from', 'worklog@example.com'] : [])];

/** The `--format` choices and default as `worklog COMMAND --help` shows them (commander wraps long lines). */
async function helpFormats(command: string): Promise<{ choices: string[]; default: string } | null> {
  const { stdout } = await runCli([command, '--help']);
  const match = /--format <format> output format \(choices: (.*?), default: "([^"]+)"\)/.exec(stdout.replace(/\s+/g, ' '));
  return match ? { choices: [...(match[1] ?? '').matchAll(/"([^"]+)"/g)].map((choice) => choice[1] ?? ''), default: match[2] ?? '' } : null;
}

describe("every command's formats", () => {
  it('come from one registry per command that has formats, and from no other', () => {
    expect(commands.filter((row) => row.formats).map((row) => row.name).sort()).toEqual(Object.keys(formats).sort());
    for (const row of commands) if (row.formats) expect(row.formats, row.name).toBe(formats[row.name as keyof typeof formats]);
  });

  it.each(registries)('%s: --help offers exactly the registry\'s names, the first the default', async (command, registry) => {
    const names = formatNames(registry);
    expect(await helpFormats(command)).toEqual({ choices: names, default: names[0] });
  });

  it.each(Object.entries(everyLogFormats))('%s --all-logs offers the same formats as %s, and each renders every log', async (command, registry) => {
    expect(formatNames(registry)).toEqual(formatNames(formats[command as keyof typeof everyLogFormats]));
    for (const format of formatNames(registry)) {
      const result = await runCli([command, '--all-logs', ...formatArgs(format), 'fixtures/history/*.md']);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('2023-11-08');
      expect(result.stdout).toContain('2023-11-13');
    }
  });

  it('init has no --format', async () => {
    expect(await helpFormats('init')).toBeNull();
  });

  const cases = registries.flatMap(([command, registry]) => formatNames(registry).map((format) => [command, format]));
  it.each(cases)('%s --format %s renders (the reference log, for commands that read logs)', async (command, format) => {
    const readsLogs = commands.find((row) => row.name === command)?.paths !== undefined;
    const result = await runCli([command, ...formatArgs(format), ...(readsLogs ? [reference] : [])]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.length).toBeGreaterThan(100);
  });
});

describe('the formatters', () => {
  it('are all listed: every exported render<Command><Format> is what one of the registries loads', async () => {
    const loaded = new Set<Formatter<never>>();
    for (const registry of [...registries.map(([, registry]) => registry), ...Object.values(everyLogFormats)]) {
      for (const load of Object.values(registry)) loaded.add(await load());
    }
    const commandNames = Object.keys(formats).map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`).join('|');
    const formatter = new RegExp(`^render(${commandNames})[A-Z]\\w*$`);
    const unlisted: string[] = [];
    for (const file of filesUnder(join(root, 'src/render'), '.ts')) {
      const module = await import(file) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (formatter.test(name) && !loaded.has(value as Formatter<never>)) unlisted.push(`${file.slice(root.length + 1)}: ${name}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('refuse a name outside their registry instead of falling back to another format', async () => {
    const registry = { text: async () => () => 'text' };
    await expect(renderFormat(registry, 'text', null, {} as FormatContext)).resolves.toBe('text');
    await expect(renderFormat(registry, 'toString', null, {} as FormatContext)).rejects.toThrow('no formatter for --format toString');
  });
});

import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { WORKLOG_VERSION: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'UTC' },
    globalSetup: ['test/global-setup.ts'],
    // A time limit only catches a hang: on a busy machine a correct test is slower, and speed is the benchmark's job.
    testTimeout: 30_000,
  },
});

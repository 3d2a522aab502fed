import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configFileSchema } from '../../src/config/schema.js';
import { expectedJson, root } from '../helpers.js';

const path = join(root, 'schema/worklog.config.schema.json');

describe('the configuration JSON Schema shipped for editors', () => {
  // The one check JSON Schema cannot say (that a date exists) is left to worklog itself.
  it('is generated from the schema worklog validates with', () => {
    const generated = { ...toJsonSchema(configFileSchema, { target: 'draft-2020-12', errorMode: 'ignore' }), $id: 'https://github.com/worklog/worklog/schema/worklog.config.schema.json' };
    expect(generated).toEqual(expectedJson(path, generated));
  });

  it('accepts the example configuration and rejects unknown keys, like worklog does', () => {
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(readFileSync(join(root, 'fixtures/coverage/configured.config.json'), 'utf8')))).toBe(true);
    expect(validate({ coverage: { sytems: [] } })).toBe(false);
  });
});

// Checks a spec against Vega-Lite's own JSON schema (the copy shipped with the installed vega-lite).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

/** The schema errors of a spec, as readable lines (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  if (validate(spec)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message}`);
}

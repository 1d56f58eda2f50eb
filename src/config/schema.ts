/**
 * The config as a JSON Schema, for editor completion (`"$schema": "…/docs/replycheck.schema.json"`). Built from the
 * same lists the validator uses and from the rule registry, so it cannot drift from what replycheck accepts.
 */
import type { Rule } from '../analyze/define-rule.js';
import { ACCOUNT_KEYS, THRESHOLD_KEYS } from './validate.js';

const strings = { type: 'array', items: { type: 'string' } };
const severity = { enum: ['off', 'info', 'warn', 'error'] };

function ruleSchema(rule: Rule): object {
  const props: Record<string, object> = {};
  for (const [k, v] of Object.entries(rule.defaultOptions as Record<string, unknown>)) {
    const doc = (rule.optionDocs as Record<string, { en: string }> | undefined)?.[k]?.en;
    props[k] = { type: Array.isArray(v) ? 'array' : typeof v, default: v, ...(doc && { description: doc }) };
  }
  const options = { type: 'object', additionalProperties: false, properties: props };
  return {
    description: `${rule.description.en} (default: ${rule.defaultSeverity}). ${rule.docsUrl}`,
    oneOf: [severity, { type: 'array', prefixItems: [severity, options], minItems: 1, maxItems: 2, items: false }],
  };
}

export function configSchema(rules: Rule[]): object {
  const account: Record<string, object> = {};
  for (const k of ACCOUNT_KEYS) account[k] = { type: 'string' };
  Object.assign(account, {
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    secure: { type: 'boolean', description: 'true = implicit TLS (993); false = STARTTLS when offered' },
    insecureSkipVerify: { type: 'boolean', description: 'turn TLS certificate checks off (shown in the output)' },
    allMail: { type: 'boolean', description: "also read Gmail's All Mail" },
    mailboxes: strings,
    timeoutSeconds: { type: 'number', minimum: 1, maximum: 3600 },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'replycheck configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      me: { ...strings, description: 'My own addresses; "*@example.com" matches a domain.' },
      internalDomains: { ...strings, description: "Colleagues' domains." },
      checkInternal: { type: 'boolean', default: false },
      language: { enum: ['nl', 'en'] },
      businessHours: {
        type: 'object',
        additionalProperties: false,
        properties: {
          timezone: { type: 'string', default: 'Europe/Amsterdam' },
          days: { type: 'array', items: { enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } },
          start: { type: 'string', pattern: '^\\d{1,2}:\\d{2}$', default: '09:00' },
          end: { type: 'string', pattern: '^\\d{1,2}:\\d{2}$', default: '17:30' },
          holidays: { oneOf: [{ type: 'string' }, { const: false }], default: 'NL' },
          extraDaysOff: { type: 'array', items: { type: 'string', format: 'date' } },
        },
      },
      accounts: {
        type: 'object',
        additionalProperties: { type: 'object', additionalProperties: false, required: ['host', 'user'], properties: account },
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
      },
      ignore: { type: 'object', additionalProperties: false, properties: { from: strings, subject: strings } },
      phrases: {
        type: 'object',
        additionalProperties: false,
        properties: { nl: { type: 'object', additionalProperties: strings }, en: { type: 'object', additionalProperties: strings } },
      },
      team: { type: 'object', additionalProperties: { type: 'string' } },
      thresholds: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, { type: 'number', minimum: 0 }])),
      },
      cacheDir: { type: 'string' },
    },
  };
}

/**
 * The config defaults, generated from the schema (src/config/schema.ts) by scripts/build-config-docs.ts: edit the
 * schema and run `npm run build:docs`, not this file. A plain object, so a run without a config file loads no zod.
 */
import type { Config } from './types.js';

const DEFAULTS = {
  "me": [],
  "checkInternal": false,
  "businessHours": {
    "timezone": "Europe/Amsterdam",
    "days": [
      "mon",
      "tue",
      "wed",
      "thu",
      "fri"
    ],
    "start": "09:00",
    "end": "17:30",
    "holidays": "NL",
    "extraDaysOff": []
  },
  "accounts": {},
  "rules": {},
  "plugins": [],
  "analysis": {
    "defaultDueBusinessDays": 2,
    "answerOverlap": 0.34,
    "broadcastRecipients": 5
  },
  "ignore": {
    "from": [],
    "subject": []
  },
  "phrases": {
    "nl": {},
    "en": {}
  },
  "team": {},
  "thresholds": {},
  "internalDomains": []
};

export function defaultConfig(): Config {
  return structuredClone(DEFAULTS) as Config;
}

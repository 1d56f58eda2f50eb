import { JSON_VERSION, VERSION } from '../../meta.js';
import { errorToJson, sourceToJson } from '../../problems.js';
import type { Formatter } from '../types.js';
import type { ExplainResult } from './types.js';

/** The explain contract: docs/explain-json.md. */
const json: Formatter<ExplainResult> = (r) =>
  JSON.stringify(
    {
      version: JSON_VERSION,
      tool: { name: 'replycheck', version: VERSION },
      now: r.now.toISOString(),
      sources: r.sources.map(sourceToJson),
      messages: r.messages,
      errors: r.errors.map(errorToJson),
    },
    null,
    2,
  ) + '\n';

export default json;

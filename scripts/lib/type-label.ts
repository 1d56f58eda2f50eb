/** A JSON Schema as a short type for the docs tables: `number ≥ 0`, `string, or a list of them`, `"nl" "en"`. */
import type { JsonSchema } from '../../src/config/json-schema.js';

const real = (n: unknown) => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER;
const bounds = (js: JsonSchema) => [real(js.minimum) && `≥ ${js.minimum}`, real(js.maximum) && `≤ ${js.maximum}`].filter(Boolean).join(', ');

export function typeLabel(js: JsonSchema): string {
  if (Array.isArray(js.anyOf)) {
    const labels = [...new Set((js.anyOf as JsonSchema[]).map(typeLabel))];
    // "x" or a list of "x": the way every list key also takes a single value.
    if (labels.length === 2 && labels[1] === `list of ${labels[0]}`) return `${labels[0]}, or a list of them`;
    return labels.join(' or ');
  }
  if (Array.isArray(js.enum)) {
    const values = (js.enum as unknown[]).map((v) => `\`${JSON.stringify(v)}\``);
    return values.length > 7 ? `${values.slice(0, 7).join(' ')} …` : values.join(' ');
  }
  if ('const' in js) return JSON.stringify(js.const);
  if (js.type === 'array' && js.items) {
    return `list of ${typeLabel(js.items as JsonSchema)}`;
  }
  if (js.type === 'array') return 'list';
  if (js.type === 'object') return js.properties ? 'object' : 'name → …';
  const type = js.type === 'integer' ? 'whole number' : String(js.type ?? 'any');
  return [type, bounds(js)].filter(Boolean).join(' ');
}


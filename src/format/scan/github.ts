/** `scan --format github`: one GitHub Actions annotation per finding (the job's summary lists them). */
import type { ScanResult } from '../../scan-result.js';
import type { Formatter } from '../types.js';
import { githubAnnotation } from '../sarif.js';
import { originFile } from './sarif.js';

const github: Formatter<ScanResult> = (result, ctx) =>
  result.findings.map((f) => githubAnnotation(f, ctx.lang, { file: originFile(f.origin) }) + '\n').join('');
export default github;

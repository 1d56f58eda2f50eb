import type { ExplainedMessage } from '../../analyze/explain.js';
import type { RunError } from '../../model.js';
import type { SourceSummary } from '../../scan-result.js';

/** What `replycheck explain` formats: how each selected message was read. */
export interface ExplainResult {
  now: Date;
  sources: SourceSummary[];
  messages: ExplainedMessage[];
  errors: RunError[];
}

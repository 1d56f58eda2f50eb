/**
 * The CI verdict on the figures: config `thresholds` (their keys are the config schema's `thresholds` keys) checked against
 * the period's stats. A figure without data (no replies, no questions) breaches nothing: an empty week is not a
 * failure, and the report says it was empty.
 */
import type { Bilingual } from '../model.js';
import type { Breach, PeriodStats } from './types.js';

interface ThresholdSpec {
  kind: 'max' | 'min';
  get: (s: PeriodStats) => number | null;
  label: Bilingual;
}

export const THRESHOLDS: Record<string, ThresholdSpec> = {
  p90FirstReplyBusinessHours: {
    kind: 'max', get: (s) => s.firstReply.p90BusinessHours,
    label: { en: 'p90 first reply (business hours)', nl: 'p90 eerste antwoord (werkuren)' },
  },
  medianFirstReplyBusinessHours: {
    kind: 'max', get: (s) => s.firstReply.medianBusinessHours,
    label: { en: 'median first reply (business hours)', nl: 'mediaan eerste antwoord (werkuren)' },
  },
  p90ReplyBusinessHours: {
    kind: 'max', get: (s) => s.everyReply.p90BusinessHours,
    label: { en: 'p90 reply time (business hours)', nl: 'p90 antwoordtijd (werkuren)' },
  },
  minQuestionsAnsweredPercent: {
    kind: 'min', get: (s) => s.questions.answeredPercent,
    label: { en: 'questions answered (%)', nl: 'vragen beantwoord (%)' },
  },
  minRepliedPercent: {
    kind: 'min', get: (s) => s.everyReply.repliedPercent,
    label: { en: 'messages replied (%)', nl: 'berichten beantwoord (%)' },
  },
  maxBrokenPromises: {
    kind: 'max', get: (s) => s.promises.broken,
    label: { en: 'broken promises', nl: 'gebroken toezeggingen' },
  },
  maxAwaitingOver3Days: {
    kind: 'max', get: (s) => s.awaiting.overThreeDays,
    label: { en: 'threads waiting over 3 working days', nl: 'threads die langer dan 3 werkdagen wachten' },
  },
  maxUnansweredQuestions: {
    kind: 'max', get: (s) => s.questions.unanswered,
    label: { en: 'unanswered questions', nl: 'onbeantwoorde vragen' },
  },
};

/** The thresholds the figures breach, in config order. */
export function checkThresholds(stats: PeriodStats, thresholds: Record<string, number>): Breach[] {
  const out: Breach[] = [];
  for (const [key, limit] of Object.entries(thresholds)) {
    const spec = THRESHOLDS[key];
    if (!spec) continue;
    const actual = spec.get(stats);
    if (actual === null) continue;
    if (spec.kind === 'max' ? actual > limit : actual < limit) out.push({ key, limit, actual, kind: spec.kind });
  }
  return out;
}

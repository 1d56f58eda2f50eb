/**
 * The public rule API, `replycheck/rule`: everything a rule file needs, for the built-in rules and for custom rules
 * loaded with the config's `plugins` (docs/custom-rules.md). A rule reports through `ctx.report()`, reads the shared
 * thread facts with `ctx.facts(thread)` and never prints, reads files or talks to IMAP.
 */
export { defineRule, type Rule, type RuleSpec } from './analyze/define-rule.js';
export type { ReportInput, RuleContext } from './analyze/context.js';
export type { CommitmentFact, IncomingFact, JobFact, OutgoingFact, PromiseStatus, QuestionFact, ThreadFacts } from './analyze/facts.js';
export type {
  ActiveSeverity, Address, Attachment, Bilingual, Direction, Draft, Finding, FindingGroup, Language, Message, Severity, Thread, Waited,
} from './model.js';
export type { BusinessTime } from './text/business-time.js';
export { RuleTester, compareFindings, listCases, runCase, type CaseExpect, type CaseResult, type RuleCase } from './rule-tester.js';

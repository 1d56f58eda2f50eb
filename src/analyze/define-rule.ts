import { docsUrl } from '../meta.js';
import type { ActiveSeverity, Bilingual, Draft, FindingGroup, Thread } from '../model.js';
import type { RuleContext } from './context.js';
import type { ZodType } from 'zod';
import type { Zod } from '../config/zod.js';

/**
 * One rule: metadata, default options, bilingual texts and its checks. A rule may check threads (`scan`,
 * `report`), drafts (`lint`), or both under one id (unanswered-question does).
 */
export interface RuleSpec<O extends object, T extends string> {
  /** kebab-case, stable forever: config key, JSON ruleId, docs slug, fixture folder. */
  id: string;
  description: Bilingual;
  tags: string[];
  defaultSeverity: ActiveSeverity;
  defaultOptions: O;
  /**
   * The options' schema, one zod schema per option (given zod, which is loaded only when options are set). The
   * engine checks a user's options with it; the JSON Schema and the docs show it. Required when there are options.
   */
  optionSchema?: (z: Zod) => { [K in keyof O]-?: ZodType<O[K]> };
  /** One line per option, for docs and `replycheck rules`. */
  optionDocs?: { [K in keyof O]?: Bilingual };
  /**
   * Rules whose finding about the same incoming message makes this one redundant: one lapse, one finding.
   * (no-acknowledgement says nothing that awaiting-reply or slow-reply has not said once a wait passed theirs.)
   */
  supersededBy?: string[];
  /** Output wording, keyed; placeholders {like} are filled from the report data. */
  texts: Record<T, Bilingual>;
  /** The lapse its findings belong to (src/model.ts FindingGroup), one for all texts or per text; default 'other'. */
  group?: FindingGroup | Record<T, FindingGroup>;
  /** Its findings head their group: the group's other findings about the same message fold under them. */
  leadsGroup?: boolean;
  /** Where the rule is documented; default the built-in docs page, for a custom rule its file. */
  docsUrl?: string;
  /** Thread check (scan, report). */
  check?(thread: Thread, ctx: RuleContext<O, T>): void;
  /** Draft check (lint). */
  checkDraft?(draft: Draft, ctx: RuleContext<O, T>): void;
}

export type Rule = RuleSpec<any, string> & { docsUrl: string };

export function defineRule<O extends object, T extends string>(spec: RuleSpec<O, T>): RuleSpec<O, T> & { docsUrl: string } {
  return { ...spec, docsUrl: spec.docsUrl ?? docsUrl(spec.id) };
}

/** The group of a finding reported with text `textId`. */
export function groupOf(rule: Pick<Rule, 'group'>, textId: string): FindingGroup {
  const g = rule.group;
  if (g === undefined) return 'other';
  return typeof g === 'string' ? g : (g as Record<string, FindingGroup>)[textId] ?? 'other';
}

export const isThreadRule = (r: Rule) => typeof r.check === 'function';
export const isDraftRule = (r: Rule) => typeof r.checkDraft === 'function';

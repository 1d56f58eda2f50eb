import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'slow-reply',
  description: { en: 'A reply that came later than it should', nl: 'Een antwoord dat later kwam dan zou moeten' },
  tags: ['speed'],
  defaultSeverity: 'warn',
  group: 'late-reply',
  leadsGroup: true,
  defaultOptions: {
    /** Business hours within which a first response should go out. */
    maxBusinessHours: 8,
  },
  optionSchema: (z) => ({ maxBusinessHours: z.number().min(0) }),
  optionDocs: {
    maxBusinessHours: {
      en: 'Business hours within which the first response (an answer or a holding reply) should go out.',
      nl: 'Werkuren waarbinnen de eerste reactie (antwoord of ontvangstbevestiging) de deur uit moet.',
    },
  },
  texts: {
    slow: {
      en: 'You replied to {from} after {waited}',
      nl: 'U antwoordde {from} pas na {waited}',
    },
  },
  check(thread, ctx) {
    for (const out of ctx.facts(thread).outgoing) {
      // The first (oldest) message this reply responds to sets the wait.
      const inc = out.respondsTo[0];
      if (!inc) continue;
      const waited = inc.responseWait;
      if (waited.businessHours <= ctx.options.maxBusinessHours) continue;
      ctx.report({
        text: 'slow',
        data: { from: inc.message.from.name ?? inc.message.from.address, waited: ctx.formatDuration(waited) },
        message: out.message,
        thread,
        evidence: inc.questions[0]?.question.text,
        waited,
        extra: { repliesTo: inc.message.messageId },
      });
    }
  },
});

import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'no-acknowledgement',
  description: {
    en: 'A message waited without an answer or a holding reply',
    nl: 'Een bericht wachtte zonder antwoord of ontvangstbevestiging',
  },
  tags: ['speed'],
  supersededBy: ['awaiting-reply', 'slow-reply'],
  defaultSeverity: 'warn',
  group: { pending: 'waiting', late: 'late-reply' },
  defaultOptions: {
    /** Business hours within which an answer or a holding reply ("I'll look into it") should go out. */
    ackWithinBusinessHours: 4,
  },
  optionSchema: (z) => ({ ackWithinBusinessHours: z.number().min(0) }),
  optionDocs: {
    ackWithinBusinessHours: {
      en: 'Business hours within which an answer or a holding reply should go out.',
      nl: 'Werkuren waarbinnen een antwoord of een ontvangstbevestiging de deur uit moet.',
    },
  },
  texts: {
    pending: {
      en: '{from} has waited {waited} without an answer or a holding reply',
      nl: '{from} wacht al {waited} zonder antwoord of ontvangstbevestiging',
    },
    late: {
      en: '{from} waited {waited} before hearing anything; a holding reply would have helped',
      nl: '{from} hoorde pas na {waited} iets; een ontvangstbevestiging had geholpen',
    },
  },
  check(thread, ctx) {
    for (const inc of ctx.facts(thread).incoming) {
      if (!inc.needsReply) continue;
      // I have written to them since, under another subject: they heard from me (as for awaiting-reply).
      if (!inc.firstResponse && inc.laterContact) continue;
      const waited = inc.responseWait;
      if (waited.businessHours <= ctx.options.ackWithinBusinessHours) continue;
      ctx.report({
        text: inc.firstResponse ? 'late' : 'pending',
        data: { from: inc.message.from.name ?? inc.message.from.address, waited: ctx.formatDuration(waited) },
        message: inc.message,
        thread,
        evidence: inc.questions[0]?.question.text,
        waited,
      });
    }
  },
});

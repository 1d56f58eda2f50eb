import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'late-without-apology',
  description: { en: 'A late reply that does not acknowledge the delay', nl: 'Een laat antwoord zonder excuus voor de vertraging' },
  tags: ['speed', 'tone'],
  defaultSeverity: 'warn',
  group: 'late-reply',
  defaultOptions: {
    /** A reply later than this many business hours should say sorry for the wait. */
    maxBusinessHours: 8,
  },
  optionSchema: (z) => ({ maxBusinessHours: z.number().min(0) }),
  optionDocs: {
    maxBusinessHours: {
      en: 'A reply later than this many business hours should acknowledge the delay.',
      nl: 'Een antwoord dat later komt dan zoveel werkuren, hoort de vertraging te erkennen.',
    },
  },
  texts: {
    noApology: {
      en: 'Your reply to {from} came after {waited} without a word about the delay',
      nl: 'Uw antwoord aan {from} kwam na {waited} zonder woord over de vertraging',
    },
  },
  check(thread, ctx) {
    for (const out of ctx.facts(thread).outgoing) {
      const inc = out.respondsTo[0];
      if (!inc || out.apology) continue;
      const waited = inc.responseWait;
      if (waited.businessHours <= ctx.options.maxBusinessHours) continue;
      ctx.report({
        text: 'noApology',
        data: { from: inc.message.from.name ?? inc.message.from.address, waited: ctx.formatDuration(waited) },
        message: out.message,
        thread,
        waited,
        extra: { repliesTo: inc.message.messageId },
      });
    }
  },
});

import { defineRule, findJargon, JARGON_CLASSES, locateSpan, MAX_FINDINGS_PER_RULE, splitSentences, type JargonClass } from '../src/rule.js';

const TEXT_OF = { list: 'jargon', abbreviation: 'abbreviation', clause: 'clause', english: 'english', system: 'system' } as const;

export default defineRule({
  id: 'jargon',
  description: { en: 'Internal abbreviations and trade terms a customer has to decode', nl: 'Interne afkortingen en vaktermen die een klant moet ontcijferen' },
  tags: ['tone', 'clarity'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {
    /** The team's own terms, on top of the built-in list (phrase syntax of rules/phrases/README.md). */
    extraTerms: [] as string[],
    /** Terms the team's customers know: never reported (on top of rules/phrases/<lang>/known-terms.txt). */
    knownTerms: [] as string[],
    /** The kinds of jargon looked for. */
    classes: [...JARGON_CLASSES] as string[],
    /** Report a term once per draft (true) or every time it occurs (false). */
    oncePerTerm: true,
  },
  optionSchema: (z) => ({
    extraTerms: z.array(z.string()),
    knownTerms: z.array(z.string()),
    classes: z.array(z.enum(JARGON_CLASSES)),
    oncePerTerm: z.boolean(),
  }),
  optionDocs: {
    extraTerms: {
      en: "The team's own jargon on top of the built-in Dutch and English lists (plain words or /regex/).",
      nl: 'Het eigen jargon van het team bovenop de ingebouwde Nederlandse en Engelse lijsten (woorden of /regex/).',
    },
    knownTerms: {
      en: "Terms the team's customers know (product names, abbreviations of the trade they share): never reported.",
      nl: 'Termen die de klanten van het team kennen (productnamen, afkortingen uit hun eigen vak): nooit gemeld.',
    },
    classes: {
      en: 'What is looked for: "list" (the jargon lists), "abbreviation" (unknown capitals and codes), "clause" (references to articles and clauses), "english" (English trade words in a Dutch mail), "system" (names of internal systems).',
      nl: 'Waarnaar gezocht wordt: "list" (de jargonlijsten), "abbreviation" (onbekende hoofdletters en codes), "clause" (verwijzingen naar artikelen en clausules), "english" (Engelse vaktermen in een Nederlandse mail), "system" (namen van interne systemen).',
    },
    oncePerTerm: {
      en: 'Report each term once per draft instead of at every occurrence.',
      nl: 'Meld elke term één keer per concept in plaats van bij elk voorkomen.',
    },
  },
  texts: {
    jargon: {
      en: '"{term}" is jargon to a customer; say it in plain words',
      nl: '"{term}" is jargon voor een klant; zeg het in gewone woorden',
    },
    abbreviation: {
      en: '"{term}" is an abbreviation a customer may not know; write it out or explain it',
      nl: '"{term}" is een afkorting die een klant misschien niet kent; schrijf hem voluit of leg hem uit',
    },
    clause: {
      en: '"{term}" sends the customer off to look up a clause; say what it means for them',
      nl: '"{term}" stuurt de klant een artikel opzoeken; zeg wat het voor hem betekent',
    },
    english: {
      en: '"{term}" is an English trade word in a Dutch mail; say it in Dutch',
      nl: '"{term}" is een Engelse vakterm in een Nederlandse mail; zeg het in het Nederlands',
    },
    system: {
      en: '"{term}" looks like the name of an internal system; say what it means for the customer',
      nl: '"{term}" lijkt de naam van een intern systeem; zeg wat het voor de klant betekent',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    const classes = ctx.options.classes.filter((c): c is JargonClass => (JARGON_CLASSES as string[]).includes(c));
    // the customer's own words: what they wrote in the mail this draft answers
    const theirs = draft.original?.direction === 'in' ? draft.original.newText : '';
    const hits = findJargon(m.newText, m.language, { theirs, extra: ctx.options.extraTerms, known: ctx.options.knownTerms, classes });
    if (!hits.length) return;
    const sentences = splitSentences(m.newText, m.language);
    const seen = new Set<string>();
    for (const hit of hits) {
      const key = hit.text.toLowerCase().replace(/\s+/g, ' ');
      if (ctx.options.oncePerTerm && seen.has(key)) continue;
      if (seen.size >= MAX_FINDINGS_PER_RULE && !seen.has(key)) break;
      seen.add(key);
      ctx.report({
        text: TEXT_OF[hit.cls],
        data: { term: hit.text.replace(/\s+/g, ' ') },
        message: m,
        evidence: sentences.find((s) => s.start <= hit.start && hit.start < s.end)?.text ?? hit.text,
        location: locateSpan(draft, hit.start, hit.end),
        extra: { term: hit.text.replace(/\s+/g, ' '), class: hit.cls },
      });
    }
  },
});

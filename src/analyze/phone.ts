/**
 * The matter moved to the phone. People who write "I'll call you at 3", "ik bel je morgen", "as discussed on the
 * phone" or "zoals telefonisch besproken" settle the open questions of a mail by talking; the answer never shows in
 * the mail. A later message between me and the asker, soon after the mail, that says so answers its questions:
 *  - my message to the asker (in the thread or in another one): "I will call you", "let's talk tomorrow",
 *    "ik bel je", "I just spoke with you";
 *  - the asker's message to me: "thanks for the call", "during our conversation on 11/14", "zoals net besproken".
 * Only messages after the mail count: "as discussed" in the mail itself speaks of a talk before its questions. A
 * request to be called ("please call me", "bel me even") is no talk that took place, so it does not count either.
 */
import type { Language, Message } from '../model.js';

/** How long after the mail a message about a call still speaks of the call that settled it. */
const PHONE_DAYS = 7;
/** Outside the thread the talk must be closer: a call a week later may well be about something else. */
const PHONE_DAYS_ELSEWHERE = 3;

/** Words of mine that take the matter to the phone or report a talk with the asker. */
const MINE: Record<Language, RegExp[]> = {
  en: [
    /\bI(?:'ll| will| shall|'m going to| am going to)\s+(?:(?:definitely|certainly|surely|just|quickly|probably|then|also)\s+)?(?:call|phone|ring)\s+(?:you|u)\b/i,
    /\bI(?:'ll| will| shall)\s+(?:(?:definitely|certainly|surely|just|quickly|probably|then|also)\s+)?give\s+(?:you|u)\s+a\s+(?:call|ring|buzz|phone call)\b/i,
    /\b(?:let's|let us)\s+(?:talk|speak|chat)\s+(?:about\s+(?:it|this|that)\s+)?(?:on the phone|by phone|over the phone|today|tonight|tomorrow|later|this (?:afternoon|evening|week)|next week|on (?:mon|tues|wednes|thurs|fri)day)\b/i,
    /\bI\s+(?:just\s+)?(?:spoke|talked)\s+(?:with|to)\s+you\b/i,
  ],
  nl: [
    /\bik\s+bel\s+(?:je|jou|u|jullie)\b/i,
    /\bbel\s+ik\s+(?:je|jou|u|jullie)\b/i,
    /\bik\s+(?:zal|ga)\s+(?:je|jou|u|jullie)\s+(?:\w+\s+){0,2}bellen\b/i,
    /\bik\s+heb\s+(?:je|u|jullie)\s+(?:net\s+|zojuist\s+|gisteren\s+|vanochtend\s+)?(?:gebeld|gesproken)\b/i,
    /\b(?:laten|zullen)\s+we\s+(?:\w+\s+){0,2}(?:bellen|telefonisch\s+overleggen)\b/i,
  ],
};

/** Words (of either side) that report a talk that took place. */
const TALKED: Record<Language, RegExp[]> = {
  en: [
    /\b(?:as|like)\s+(?:we\s+)?(?:just\s+)?(?:discussed|agreed)\s+(?:on|over|by)\s+the\s+(?:phone|telephone)\b/i,
    /\b(?:as|like)\s+(?:we\s+)?(?:just\s+)?discussed\s+(?:by\s+phone|earlier|this\s+morning|this\s+afternoon|yesterday|today)\b/i,
    /\b(?:per|following|after|during|in)\s+our\s+(?:phone\s+|telephone\s+|brief\s+|recent\s+)?(?:call|conversation|discussion|chat|talk)\b/i,
    /\bthanks?\s+(?:you\s+)?for\s+(?:the|your)\s+(?:phone\s+)?call\b/i,
    /\bgood\s+(?:talking|speaking)\s+(?:to|with)\s+you\b/i,
  ],
  nl: [
    /\bzoals\s+(?:net\s+|zojuist\s+|eerder\s+|gisteren\s+|vanochtend\s+|vanmiddag\s+)?telefonisch\s+(?:besproken|afgesproken|overlegd)\b/i,
    /\bzoals\s+(?:net|zojuist|gisteren|vanochtend|vanmiddag)\s+(?:besproken|afgesproken)\b/i,
    /\b(?:naar\s+aanleiding\s+van|n\.a\.v\.|na|volgens|tijdens)\s+(?:ons|het)\s+(?:telefoon)?gesprek\b/i,
    /\b(?:bedankt|dank(?:\s+je|\s+u)?(?:\s+wel)?)\s+voor\s+(?:het|je|uw)\s+(?:telefoontje|telefoongesprek)\b/i,
    /\bfijn\s+(?:je|u)\s+(?:net\s+)?(?:gesproken|te\s+spreken)\b/i,
  ],
};

/** The new text of `x` takes the matter to the phone (mine) or reports a talk that took place (either side). */
export function speaksOfCall(x: Message, mine: boolean): boolean {
  const lang = x.language;
  const text = x.newText;
  if (TALKED[lang].some((re) => re.test(text))) return true;
  return mine && MINE[lang].some((re) => re.test(text));
}

const within = (m: Message, x: Message, days: number) => {
  const t = x.date.getTime();
  return t > m.date.getTime() && t <= m.date.getTime() + days * 86_400_000;
};

/**
 * The first later message that settles `m` by phone: in the thread (mine to the asker or the asker's to me) within
 * PHONE_DAYS, or in another thread within PHONE_DAYS_ELSEWHERE.
 */
export function settledByPhone(
  m: Message,
  thread: Message[],
  outgoingTo: Map<string, Message[]>,
  incomingFrom: Map<string, Message[]> | undefined,
): Message | undefined {
  const asker = m.from.address;
  const inThread = new Set(thread);
  const toAsker = (x: Message) => [...x.to, ...x.cc].some((a) => a.address === asker);
  const candidates: { x: Message; mine: boolean }[] = [];
  for (const x of thread) {
    if (!within(m, x, PHONE_DAYS)) continue;
    if (x.direction === 'out' && toAsker(x)) candidates.push({ x, mine: true });
    else if (x.direction === 'in' && x.from.address === asker) candidates.push({ x, mine: false });
  }
  for (const x of outgoingTo.get(asker) ?? []) if (!inThread.has(x) && within(m, x, PHONE_DAYS_ELSEWHERE)) candidates.push({ x, mine: true });
  for (const x of incomingFrom?.get(asker) ?? []) if (!inThread.has(x) && within(m, x, PHONE_DAYS_ELSEWHERE)) candidates.push({ x, mine: false });
  candidates.sort((a, b) => a.x.date.getTime() - b.x.date.getTime());
  return candidates.find((c) => !c.x.automated && speaksOfCall(c.x, c.mine))?.x;
}

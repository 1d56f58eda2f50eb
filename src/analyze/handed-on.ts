/**
 * The question was handed on. A reply of mine to the asker that says I passed their mail to the person who handles
 * it ("I am forwarding your request to Jay, who runs the system", "I have forwarded my recommendation to the hiring
 * manager", "Ik heb je vraag doorgestuurd naar de penningmeester") answers their questions for my part: the next
 * step is someone else's. A promise to find out ("I'll ask Jay") is not a hand-off that took place, so it does not
 * count.
 */
import type { Language, Message } from '../model.js';

const HANDED_ON: Record<Language, RegExp[]> = {
  en: [
    /\bI(?:'ve| have)?\s+(?:just\s+|already\s+)?(?:forwarded|passed|sent|referred|handed)\s+(?:on\s+)?(?:your|this|that|it|the|my)\b[^.!?\n]{0,60}?\s(?:on\s+)?to\b/i,
    /\bI(?:'m| am)\s+(?:forwarding|passing|referring|handing)\s+(?:on\s+)?(?:your|this|that|it|the)\b[^.!?\n]{0,60}?\s(?:on\s+)?to\b/i,
  ],
  nl: [
    /\b(?:ik|we)\s+(?:heb|hebben)\s+(?:je|jouw|uw|het|dit|dat|de)\b[^.!?\n]{0,60}?\s(?:doorgestuurd|doorgezet|doorgegeven|doorgespeeld)\s+(?:naar|aan)\b/i,
    /\b(?:ik|we)\s+(?:stuur|sturen|zet|zetten|geef|geven|speel|spelen)\s+(?:je|jouw|uw|het|dit|dat|de)\b[^.!?\n]{0,60}?\s+door\s+(?:naar|aan)\b/i,
  ],
};

/** The new text of my message says I passed the matter on to someone who handles it. */
export function handsOn(x: Message): boolean {
  return HANDED_ON[x.language].some((re) => re.test(x.newText));
}

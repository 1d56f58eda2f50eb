/** Function words dropped before comparing content (terms.ts). Small on purpose: content words must stay. */
import type { Language } from '../model.js';

const NL = `aan al alle alles als alsjeblieft alstublieft ben bent bij dat de deze die dit doe doen door dus echter een eens en
er ermee erop even gaan gaat geen graag had heb hebben hebt heeft het hier hij hoe hun ik in is ja je jij jou jouw jullie
kan kon kun kunnen kunt laat laten maar me meer met mij mijn mocht moet moeten na naar nee niet nog nu of om omdat ons onze
ook op over prima te tegen toch tot u uit uw van vanaf veel voor vragen vraag waar wanneer wat we weer wel welke wie wij wil
wilt willen word wordt worden werd werden zal ze zeer zich zij zijn zo zou zouden zullen dank bedankt groet groeten hoi hallo beste geachte
vriendelijke weten even iets dan mee hierbij alvast hartelijk toe nogmaals vast
daar daarnaar daarop daarvan daaraan daarbij daarmee daarover daarin daaruit daarvoor daardoor daarna ernaar ervan eraan
erbij erover erin eruit ervoor erdoor hiernaar hierop hiervan hieraan hiermee hierover hierin hiervoor
hoor horen hoort vind vindt vinden denk denkt benieuwd`;
const EN = `a about after again all also am an and any are as at be been before being but by can could did do does doing
for from get got had has have having he her here him his how i if in into is it its just know let like me more my no not
now of on or our out please so some than thanks thank that the their them then there these they this those to too up us
very was we were what when where which who why will with would you your yours hi hello dear regards best kind could
should shall may might let's i'm i'd i'll we'll you're it's that's don't can't won't
therefore thereby therein thereof think hear reply`;

export const STOPWORDS: Record<Language, Set<string>> = {
  nl: new Set(NL.split(/\s+/)),
  en: new Set(EN.split(/\s+/)),
};

/**
 * Sentence pools for generated mail, Dutch and English. Slots: {first} {page} {feature} {day} {price}
 * {url} {site} {company}. Written for this project: the kind of mail a small web studio gets.
 */
export type Lang = 'nl' | 'en';

export interface Pools {
  greetings: string[];
  openers: string[];
  statements: string[];
  details: string[];
  questions: string[];
  answers: string[];
  promises: string[];
  holding: string[];
  apologies: string[];
  closings: string[];
  checkins: string[];
  delivered: string[];
  followUps: string[];
  signoffs: string[];
  days: string[];
  pages: string[];
  features: string[];
  subjects: string[];
}

export const POOLS: Record<Lang, Pools> = {
  nl: {
    greetings: ['Hoi {first},', 'Hallo {first},', 'Beste {first},', 'Goedemorgen {first},', 'Dag {first},', 'Hi {first},', 'Goedemiddag {first},'],
    openers: [
      'Dank voor je snelle reactie van gisteren.',
      'Ik hoop dat alles goed met je is.',
      'Even een update van onze kant.',
      'Naar aanleiding van ons telefoongesprek van vanochtend:',
      'We zijn erg blij met hoe de site er nu uitziet.',
      'Er is iets geks aan de hand met de website.',
    ],
    statements: [
      'De nieuwe {page} ziet er goed uit, alleen de foto bovenaan is wat onscherp.',
      'Sinds gisteren werkt {feature} niet meer goed.',
      'We hebben de nieuwe teksten voor de {page} in de gedeelde map gezet.',
      'Een klant belde dat {feature} een foutmelding geeft bij het versturen.',
      'Ik heb de offerte intern besproken en we willen graag verder.',
      'Volgende week zijn we gesloten vanwege de verbouwing, dat moet ook op de site.',
      'Onze nieuwe collega begint maandag en heeft ook een account nodig.',
      'De openingstijden voor de feestdagen zijn inmiddels bekend.',
      'Op de telefoon valt de tekst van de {page} half buiten beeld.',
      'In de bijlage stuur ik de nieuwe prijslijst mee.',
      'Het nieuwe logo is klaar, de ontwerper heeft het gisteren opgeleverd.',
      'Vanaf 1 januari verandert ons btw-nummer.',
    ],
    details: [
      'Het gaat vooral om bezoekers die via Instagram binnenkomen; op de computer lijkt alles gewoon te werken, maar op een iPhone blijft de pagina hangen na het klikken op de knop.',
      'We hebben het zelf ook geprobeerd met een andere browser, maar dat maakte geen verschil. De foutmelding die we krijgen is "Er is iets misgegaan, probeer het later opnieuw".',
      'Voor de volledigheid: we hebben vorige week niets aan de instellingen veranderd, behalve dat we een nieuwe medewerker hebben toegevoegd in het beheer.',
      'Het liefst hebben we het voor de drukke decembermaand geregeld, want dan komt ongeveer de helft van onze omzet via de webshop binnen.',
      'De teksten zijn al door onze eigen mensen nagelezen, dus die kunnen er zo op. Alleen bij de pagina over de prijzen twijfelen we nog over de volgorde.',
      'Van onze kant is alles klaar; we wachten alleen nog op de foto\'s van de fotograaf.',
    ],
    questions: [
      'Kunnen jullie {feature} aanpassen?',
      'Wat kost het ongeveer om {feature} toe te voegen?',
      'Is het mogelijk om de {page} ook in het Engels te hebben?',
      'Hoe lang duurt het om {feature} te bouwen?',
      'Hebben jullie {day} tijd voor een kort overleg?',
      'Weten jullie waarom {feature} zo traag is?',
      'Hebben jullie de foto\'s al ontvangen?',
      'Kunnen jullie daar vandaag nog naar kijken?',
      'Moet ik zelf nog iets aanpassen in het beheer?',
      'Wie kan ik bellen als het in het weekend misgaat?',
    ],
    answers: [
      '{Feature} is aangepast, kijk maar even op {url}.',
      'Dat kan, het kost ongeveer € {price} excl. btw.',
      'Ik heb de {page} bijgewerkt met de nieuwe teksten.',
      'De foto\'s zijn binnen, dank je. Ze staan inmiddels op de site.',
      'Het lag aan een verlopen koppeling met de betaalprovider; die is vernieuwd en het werkt weer.',
      'Je hoeft zelf niets te doen, het staat goed ingesteld.',
      'Een Engelse versie van de {page} is goed te doen; we hebben dan wel de vertaalde teksten van je nodig.',
      'In het weekend kun je ons noodnummer bellen: 06 1234 5678.',
      'Het bouwen van {feature} kost ongeveer twee dagen werk.',
    ],
    promises: [
      'Ik stuur de offerte uiterlijk {day}.',
      'Ik kom er {day} op terug.',
      'Ik laat het je {day} weten.',
      'Ik kijk er {day} naar en laat je weten wat ik vind.',
      'Ik bel je {day} even.',
    ],
    holding: [
      'Ik zoek het uit en kom er z.s.m. op terug.',
      'Goed dat je het meldt, ik ga er vandaag mee aan de slag.',
      'Dank voor je bericht, ik kijk ernaar en laat van me horen.',
    ],
    apologies: [
      'Excuses voor de late reactie.',
      'Sorry voor de vertraging, het was een drukke week.',
      'Excuses dat het even heeft geduurd.',
    ],
    closings: ['Top, dank je wel!', 'Super, bedankt!', 'Helemaal goed zo, dank je.', 'Duidelijk, bedankt.', 'Prachtig, dank jullie wel!'],
    checkins: ['Is alles naar wens?', 'Hoe bevalt de nieuwe site tot nu toe?', 'Werkt alles zoals je had verwacht?'],
    delivered: ['De website is opgeleverd en staat live op {url}.', 'Hierbij de factuur voor de afgeronde werkzaamheden.'],
    followUps: ['Is hier al iets over bekend?', 'Hebben jullie al naar mijn vorige mail kunnen kijken?', 'Ik wilde even checken of jullie mijn mail hebben ontvangen.'],
    signoffs: ['Groet,', 'Met vriendelijke groet,', 'Groetjes,', 'Hartelijke groet,', 'Vriendelijke groet,'],
    days: ['morgen', 'vrijdag', 'maandag', 'donderdag', 'uiterlijk woensdag', 'voor het eind van de week', 'volgende week', 'vanmiddag'],
    pages: ['homepage', 'contactpagina', 'pagina Over ons', 'prijzenpagina', 'nieuwspagina', 'vacaturepagina', 'productpagina'],
    features: ['het contactformulier', 'de zoekfunctie', 'het reserveringssysteem', 'de nieuwsbriefinschrijving', 'het afrekenen met iDEAL', 'het cookiebanner', 'de fotogalerij', 'het bestelformulier'],
    subjects: ['Vraag over de website', 'Aanpassing {page}', 'Probleem met {feature}', 'Offerte', 'Nieuwe teksten', 'Foto\'s voor de site', 'Hosting en domein', 'Factuur', 'Webshop', 'Overleg volgende week'],
  },
  en: {
    greetings: ['Hi {first},', 'Hello {first},', 'Dear {first},', 'Good morning {first},', 'Hey {first},'],
    openers: [
      'Thanks for getting back to me so quickly yesterday.',
      'I hope you had a good weekend.',
      'A quick update from our side.',
      'Following up on our call this morning:',
      'We are really happy with how the site looks now.',
      'Something odd is going on with the website.',
    ],
    statements: [
      'The new {page} looks great, only the header image is a bit blurry.',
      'Since yesterday {feature} has stopped working properly.',
      'We have put the new copy for the {page} in the shared folder.',
      'A customer called to say {feature} shows an error when they submit.',
      'I discussed the proposal internally and we would like to go ahead.',
      'We will be closed next week for the renovation, which should be on the site too.',
      'Our new colleague starts on Monday and needs an account as well.',
      'On a phone the text of the {page} falls half off the screen.',
      'Attached is our new price list.',
      'Our VAT number changes on 1 January.',
    ],
    details: [
      'It mostly affects visitors coming in from Instagram; on a laptop everything seems fine, but on an iPhone the page hangs after tapping the button.',
      'We tried it ourselves in a different browser, but that made no difference. The error we get says "Something went wrong, please try again later".',
      'For completeness: we have not changed any settings last week, apart from adding a new user in the admin panel.',
      'From what I can see, it started after the update on Friday, but I may be wrong about that.',
      'Ideally we would have it sorted before the busy December period, as about half of our revenue comes in through the shop then.',
    ],
    questions: [
      'Could you change {feature}?',
      'What would it cost to add {feature}?',
      'Is it possible to have the {page} in Dutch as well?',
      'How long would it take to build {feature}?',
      'Do you have time for a short call {day}?',
      'Do you know why {feature} is so slow?',
      'Did you receive the photos?',
      'Could you take a look at it today?',
      'Please let me know if I need to change anything in the admin panel.',
      'Who can I call if it breaks over the weekend?',
    ],
    answers: [
      '{Feature} has been changed, have a look at {url}.',
      'That is possible, it would cost about EUR {price} excluding VAT.',
      'I have updated the {page} with the new copy.',
      'The photos came in, thanks. They are on the site now.',
      'It was caused by an expired connection to the payment provider; I renewed it and it works again.',
      'You do not need to do anything yourself, it is all set up correctly.',
      'Over the weekend you can call our emergency number: +31 6 1234 5678.',
      'Building {feature} takes about two days of work.',
    ],
    promises: [
      "I'll send you the proposal by {day}.",
      "I'll get back to you {day}.",
      "I'll let you know {day}.",
      "We'll look into it and get back to you {day}.",
      "I'll give you a call {day}.",
    ],
    holding: [
      "Thanks for letting me know, I'm looking into it and will get back to you as soon as possible.",
      "Good catch, I'll have a look today.",
    ],
    apologies: ['Sorry for the delay.', 'Apologies for the late reply, it has been a busy week.', 'Sorry it took me a while to get back to you.'],
    closings: ["Thanks, that's all!", 'Great, thank you!', 'Perfect, thanks a lot.', 'Brilliant, cheers!'],
    checkins: ['Is everything working as expected?', 'How is the new site working out for you?', 'Are you happy with how everything turned out?'],
    delivered: ['The website has been delivered and is live at {url}.', 'Please find attached the invoice for the completed work.'],
    followUps: ['Any news on this?', 'Did you get a chance to look at my previous email?', 'Just checking whether my email came through.'],
    signoffs: ['Best,', 'Kind regards,', 'Cheers,', 'Best regards,', 'Thanks,'],
    days: ['tomorrow', 'by Friday', 'on Monday', 'by the end of the week', 'next week', 'within 48 hours', 'this afternoon'],
    pages: ['homepage', 'contact page', 'about page', 'pricing page', 'blog', 'careers page', 'product page'],
    features: ['the contact form', 'the search', 'the booking system', 'the newsletter signup', 'the checkout', 'the cookie banner', 'the photo gallery', 'the order form'],
    subjects: ['Question about the website', 'Change to the {page}', 'Problem with {feature}', 'Proposal', 'New copy', 'Photos for the site', 'Hosting and domain', 'Invoice', 'Web shop', 'Meeting next week'],
  },
};

export const FIRST_NAMES: Record<Lang, string[]> = {
  nl: ['Marieke', 'Piet', 'Anouk', 'Kees', 'Sanne', 'Fatima', 'Erik', 'Lotte', 'Yvonne', 'Mohamed', 'Ingrid', 'Bram', 'Noor', 'Jeroen', 'Esther', 'Daan', 'Femke', 'Youssef', 'Wilma', 'Thijs', 'Eline', 'Ruud', 'Saskia', 'Joost'],
  en: ['Olivia', 'Tom', 'Daniel', 'Emma', 'James', 'Sophie', 'Liam', 'Grace', 'Noah', 'Hannah', 'Oliver', 'Chloe', 'Ethan', 'Amelia', 'Lucas', 'Mia'],
};

export const LAST_NAMES: Record<Lang, string[]> = {
  nl: ['Jansen', 'de Vries', 'van Dam', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'el Amrani', 'Yilmaz', 'Kok', 'Verbeek'],
  en: ['Hart', 'Becker', 'Okafor', 'Smith', 'Walker', 'Evans', 'Clarke', 'Hughes', 'Patel', 'Murphy', 'Turner', 'Brooks'],
};

export const COMPANIES: Record<Lang, string[]> = {
  nl: ['Bakkerij', 'Fietsenmakerij', 'Tandartspraktijk', 'Kapsalon', 'Hoveniersbedrijf', 'Koffiebranderij', 'Yogastudio', 'Installatiebedrijf', 'Fysiotherapie', 'Administratiekantoor', 'Restaurant', 'Bloemenzaak', 'Stichting', 'Basisschool'],
  en: ['Studio', 'Architects', 'Stays', 'Analytics', 'Coffee Roasters', 'Design', 'Consulting', 'Books'],
};

/** Long filler for the few 50 KB mails: a pasted log or a pasted document. */
export function logLine(i: number, ts: string): string {
  const levels = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR'];
  const msgs = [
    'PaymentController: callback received for order',
    'MailQueue: message queued for delivery to customer',
    'Cache: purged page cache after content update of page',
    'Checkout: session expired before payment completed, order',
    'Cron: nightly backup finished for site',
  ];
  return `[${ts}] ${levels[i % levels.length]} ${msgs[(i * 7) % msgs.length]} #${10000 + i * 13}`;
}

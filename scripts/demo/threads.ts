/**
 * The demo mailbox, thread by thread: one working week (Mon 9 – Fri 13 Nov 2026) of Prinsweb, plus the
 * week before and two older deliveries (for missing-aftercare). `now` is Monday 16 Nov 2026 08:30.
 * Every thread says what replycheck must find in it (`expect`) and what it must leave alone (`ignore`).
 */
import type { DemoThread } from './types.js';
import {
  anouk, bas, boekhoudtool, daniel, ellen, erik, fatima, hans, hostpaneel, info, joan, joanSig, joanSigEn, karin, kees,
  lotte, mailerDaemon, marieke, mark, newsletter, olivia, peter, piet, rob, sander, sanderSig, sanne, tom, wpList, yvonne,
} from './people.js';

export const DEMO_NOW = '2026-11-16T08:30:00+01:00';

export const threads: DemoThread[] = [
  {
    id: 'bakkerij-openingstijden',
    story: 'Bakkerij Van Dam asks two things (opening hours, a cake order form); Joan answers only the first. Joan cc\'s the shared inbox, so her reply is in the export twice.',
    mails: [
      {
        key: 'marieke-1', at: '2026-11-09 09:14', from: marieke, to: [joan], client: 'gmail', cte: 'quoted-printable',
        subject: 'Openingstijden feestdagen en bestelformulier',
        body: `Hoi Joan,

Met de feestdagen in aantocht heb ik twee vragen over de website.

Kunnen we de openingstijden voor kerst en oud en nieuw zelf aanpassen in het CMS, of moeten jullie dat doen? En wat kost het ongeveer om een bestelformulier voor taarten toe te voegen, zodat klanten hun verjaardagstaart online kunnen bestellen?

Groetjes,
Marieke`,
        sig: `-- 
Bakkerij Van Dam
Twijnstraat 18, Utrecht
030 231 4455`,
      },
      {
        key: 'joan-marieke-1', at: '2026-11-09 11:02', from: joan, to: [marieke], cc: [info], client: 'gmail', parent: 'marieke-1',
        quote: 'gmail-nl', inboxCopy: true,
        body: `Hoi Marieke,

De openingstijden kun je zelf aanpassen. Log in op https://bakkerijvandam.example/beheer, ga naar Pagina's > Contact en wijzig het blok 'Openingstijden'. Voor de feestdagen kun je er gewoon een regel onder zetten, bijvoorbeeld "24 december: 7.00 - 15.00 uur". Vergeet niet op 'Publiceren' te klikken, anders blijft de oude versie staan.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [
      { rule: 'unanswered-question', on: 'marieke-1', evidence: 'wat kost het ongeveer om een bestelformulier voor taarten toe te voegen', note: 'two questions, the reply only covers the opening hours' },
    ],
    ignore: 'The opening-hours question is answered. Joan\'s reply is stored twice (Sent copy and the copy delivered to info@): one message, not two.',
  },
  {
    id: 'tandarts-spam',
    story: 'Tandartspraktijk Smit (Outlook, HTML + text, CRLF): confirmation mails land in spam, and "Graag hoor ik of…" about taking over the newsletter. Only the spam problem gets an answer.',
    mails: [
      {
        key: 'karin-1', at: '2026-11-10 14:20', from: karin, to: [joan], client: 'outlook', format: 'alternative',
        subject: 'Bevestigingsmails komen in de spam',
        body: `Beste Joan,

Het online afspraakformulier werkt sinds de aanpassing van vorige week weer goed, dank daarvoor. Wel hoor ik van patiënten dat de bevestigingsmail na het maken van een afspraak vaak in hun spammap terechtkomt. Kunnen jullie daarnaar kijken?

Graag hoor ik of jullie ook het onderhoud van onze nieuwsbrief kunnen overnemen, want ons huidige bureau stopt daar per 1 januari mee.

Met vriendelijke groet,

Karin Smit`,
        sig: `Tandartspraktijk Smit
Biltstraat 40 | 3572 AK Utrecht
T 030 271 8890`,
      },
      {
        key: 'joan-karin-1', at: '2026-11-10 15:05', from: joan, to: [karin], client: 'gmail', parent: 'karin-1', quote: 'gmail-nl',
        body: `Hoi Karin,

Goed dat je het meldt. De bevestigingsmails werden verstuurd zonder DKIM-handtekening, en daardoor zetten Gmail en Outlook ze vaak bij de spam. Ik heb DKIM en een SPF-record voor tandartssmit.example ingesteld en een paar testafspraken gemaakt: de bevestigingen komen nu gewoon in de inbox binnen.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'karin-2', at: '2026-11-11 08:52', from: karin, to: [joan], client: 'outlook', format: 'alternative', parent: 'joan-karin-1', quote: 'outlook-nl',
        body: `Dank je wel, de bevestigingen komen nu netjes binnen!

Met vriendelijke groet,
Karin Smit`,
      },
    ],
    expect: [
      { rule: 'unanswered-question', on: 'karin-1', evidence: 'Graag hoor ik of jullie ook het onderhoud van onze nieuwsbrief kunnen overnemen', note: 'a request without a question mark' },
    ],
    ignore: '"Kunnen jullie daarnaar kijken?" is answered: "daarnaar" points at the spam problem of the sentence before, and the reply fixes exactly that. Karin\'s last mail is a short thank-you: no awaiting-reply.',
  },
  {
    id: 'canalhouse-german',
    story: 'Canal House Stays (English, Amsterdam; base64 bodies): a German booking page and prices in pounds. Joan answers the German part only.',
    mails: [
      {
        key: 'olivia-3', at: '2026-11-11 10:30', from: olivia, to: [joan], client: 'spark', cte: 'base64',
        subject: 'Booking page: German version?',
        body: `Hi Joan,

The new booking calendar looks great, and two guests have already used it!

Could you add a German version of the booking page? We get quite a few guests from Cologne and Düsseldorf. Also, is it possible to show prices in pounds for guests from the UK?

Warm regards,
Olivia`,
        sig: `Olivia Hart
Canal House Stays
Keizersgracht 301, Amsterdam`,
      },
      {
        key: 'joan-olivia-3', at: '2026-11-11 13:10', from: joan, to: [olivia], client: 'gmail', parent: 'olivia-3', quote: 'gmail-en',
        body: `Hi Olivia,

Great to hear it's being used already!

A German version is easy to add: the booking plugin ships with German translations, so all we need are your room descriptions in German. Send them over whenever they're ready; the German page can usually go live the same day.

Best,
Joan`,
        sig: joanSigEn,
      },
    ],
    expect: [
      { rule: 'unanswered-question', on: 'olivia-3', evidence: 'is it possible to show prices in pounds for guests from the UK?', note: 'English; the German question is answered' },
    ],
    ignore: 'The subject line ends in "?": a subject is not a question in the body.',
  },
  {
    id: 'yoga-rooster',
    story: 'Yoga Oost (iPhone, Apple Mail quote header prefixed with ">"): after Joan\'s update, Fatima asks for a schedule change and its price on Wednesday. Nobody answers.',
    mails: [
      {
        key: 'joan-fatima-1', at: '2026-11-10 14:03', from: joan, to: [fatima], client: 'gmail',
        subject: 'Nieuw lesrooster staat online',
        body: `Hoi Fatima,

Zoals vanochtend aan de telefoon besproken: het nieuwe lesrooster voor november staat online op https://yogaoost.example/rooster. De vinyasa-les op woensdag staat nu om 19.30 uur.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'fatima-1', at: '2026-11-11 10:47', from: fatima, to: [joan], client: 'iphone', parent: 'joan-fatima-1', quote: 'apple-ios-nl',
        body: `Hoi Joan,

Super, dank je! Nog een wijziging: vanaf december vervalt de les op donderdagavond en komt er een zaterdagochtendles bij, van 9.30 tot 10.45 uur. Kunnen jullie dat ook in het rooster op de site aanpassen? En kun je me laten weten wat dat kost?

Liefs,
Fatima`,
        sig: 'Verstuurd vanaf mijn iPhone',
      },
    ],
    expect: [
      { rule: 'awaiting-reply', on: 'fatima-1', note: 'waiting since Wednesday 10:47' },
      { rule: 'unanswered-question', on: 'fatima-1', evidence: 'Kunnen jullie dat ook in het rooster op de site aanpassen?', optional: true, note: 'no reply at all; awaiting-reply already covers it; one finding for the mail, her second question in data.alsoAsked' },
    ],
    ignore: 'unanswered-question may also report the mail (one finding for her two questions: there is no reply at all); awaiting-reply is the finding that matters. no-acknowledgement is superseded by awaiting-reply: one lapse, one finding.',
  },
  {
    id: 'goudenlepel-kerstmenu',
    story: 'De Gouden Lepel sends the Christmas menu (PDF attachment) on Friday at 17:10. Unread in new/.',
    mails: [
      {
        key: 'hans-2', at: '2026-11-13 17:10', from: hans, to: [joan], client: 'iphone', unread: true,
        subject: 'Kerstmenu 2026 – graag op de site',
        body: `Hoi Joan,

In de bijlage het kerstmenu voor dit jaar. Kun je dat op de site zetten, op de pagina Reserveren? Liefst voor het weekend van 21 november, dan beginnen de reserveringen voor kerst echt te lopen.

Groet,
Hans`,
        sig: 'Verstuurd vanaf mijn iPhone',
        attachment: { filename: 'Kerstmenu-2026.pdf', contentType: 'application/pdf', data: Buffer.alloc(0) },
      },
    ],
    expect: [
      { rule: 'unanswered-question', on: 'hans-2', evidence: 'Kun je dat op de site zetten, op de pagina Reserveren?', note: 'a young open question: reported as info (within the reply window), on the morning list' },
      { rule: 'awaiting-reply', on: 'hans-2', evidence: 'Kun je dat op de site zetten, op de pagina Reserveren?', note: 'not late yet: its one-day reply window closes today at 16:40, so scan lists it under "Due today" (info, textId dueToday)' },
    ],
    ignore: 'Arrived Friday 17:10: on Monday 08:30 it has waited 20 business minutes. Not late for awaiting-reply (only due today), not no-acknowledgement (yet); the open question is only info.',
  },
  {
    id: 'regenboog-nieuwsbrief-november',
    story: 'Basisschool De Regenboog: the November newsletter. Joan answers after three working days, without a word about the delay.',
    mails: [
      {
        key: 'ellen-1', at: '2026-11-03 09:45', from: ellen, to: [joan], client: 'outlook',
        subject: 'Nieuwsbrief november',
        body: `Hoi Joan,

Kunnen jullie de nieuwsbrief van november klaarzetten in de mailtool? De teksten en foto's staan in de gedeelde map 'Nieuwsbrief november'. Het stuk over de sint-maartenoptocht moet bovenaan.

Groetjes,
Ellen Bakker`,
        sig: `Basisschool De Regenboog | Communicatie
T 030 234 5678`,
      },
      {
        key: 'joan-ellen-1', at: '2026-11-06 11:20', from: joan, to: [ellen], client: 'gmail', parent: 'ellen-1', quote: 'gmail-nl',
        body: `Hoi Ellen,

De nieuwsbrief van november staat klaar als concept in de mailtool, met de sint-maartenoptocht bovenaan. De foto's heb ik iets bijgesneden, zodat ze ook op een telefoon goed te zien zijn. Je kunt hem zelf versturen via Campagnes > Versturen.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'ellen-2', at: '2026-11-06 12:02', from: ellen, to: [joan], client: 'outlook', parent: 'joan-ellen-1', quote: 'outlook-nl',
        body: `Super, hij is verstuurd. Dank je wel!

Ellen`,
      },
    ],
    expect: [
      { rule: 'slow-reply', on: 'joan-ellen-1', note: 'Tue 09:45 → Fri 11:20' },
      { rule: 'late-without-apology', on: 'joan-ellen-1', note: 'the slow reply says nothing about the delay' },
    ],
    ignore: 'Ellen\'s last mail is a closing thank-you. no-acknowledgement is superseded by slow-reply on the same message.',
  },
  {
    id: 'jansen-framemaat',
    story: 'Fietsenmakerij Jansen (Thunderbird) wants a frame-size filter. Joan answers on Thursday, apologising for the delay; her Gmail attribution line is wrapped over two lines.',
    mails: [
      {
        key: 'piet-1', at: '2026-11-09 10:12', from: piet, to: [joan], client: 'thunderbird', cte: '8bit',
        subject: 'Filter op framemaat',
        body: `Hoi Joan,

Klanten bellen ons steeds met de vraag welke framemaat ze nodig hebben en of een fiets in hun maat op voorraad is. Kunnen jullie in de webshop een filter op framemaat toevoegen?

Groeten,
Piet`,
        sig: `-- 
Fietsenmakerij Jansen
Amsterdamsestraatweg 212, Utrecht
https://jansenfietsen.example`,
      },
      {
        key: 'joan-piet-1', at: '2026-11-12 14:30', from: joan, to: [piet], client: 'gmail', parent: 'piet-1', quote: 'gmail-nl', wrapAttribution: true,
        body: `Hoi Piet,

Excuses voor de late reactie, ik zat deze week vast in een grote oplevering. Een filter op framemaat kan: de maten staan al als kenmerk bij de fietsen. Het filter staat op de testomgeving, zodat je het kunt bekijken: https://test.jansenfietsen.example/fietsen?maat=56

Als je tevreden bent, kun je het zelf aanzetten onder Instellingen > Filters.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'piet-2', at: '2026-11-12 16:40', from: piet, to: [joan], client: 'thunderbird', cte: '8bit', parent: 'joan-piet-1', quote: 'thunderbird-nl',
        body: `Ziet er goed uit, staat aan. Bedankt!

Piet`,
      },
    ],
    expect: [
      { rule: 'slow-reply', on: 'joan-piet-1', note: 'Mon 10:12 → Thu 14:30, with "Excuses voor de late reactie"' },
    ],
    ignore: 'no-acknowledgement is superseded by slow-reply on the same message. late-without-apology must NOT fire: the reply apologises. The "?" in the test URL is not a question.',
  },
  {
    id: 'jansen-achteraf-betalen',
    story: 'Fietsenmakerij Jansen asks on Friday about pay-later in the payment module; Joan promises the price "maandagochtend" (Monday 16 Nov 12:00, a few hours after now).',
    mails: [
      {
        key: 'piet-3', at: '2026-11-13 11:20', from: piet, to: [joan], client: 'thunderbird', cte: '8bit',
        subject: 'Achteraf betalen in de webshop',
        body: `Hoi Joan,

Een paar klanten vroegen of ze ook achteraf kunnen betalen. Kunnen we dat toevoegen aan de betaalmodule van de webshop? En wat zou dat ongeveer kosten?

Groeten,
Piet`,
        sig: `-- 
Fietsenmakerij Jansen
Amsterdamsestraatweg 212, Utrecht
https://jansenfietsen.example`,
      },
      {
        key: 'joan-piet-3', at: '2026-11-13 14:45', from: joan, to: [piet], client: 'gmail', parent: 'piet-3', quote: 'gmail-nl',
        body: `Hoi Piet,

Achteraf betalen kan: de betaalmodule ondersteunt het al, het moet alleen aangezet en getest worden. Wat het kost hangt vooral af van het tarief dat de betaalprovider per transactie rekent. Dat zoek ik uit, en ik laat je maandagochtend weten wat het kost.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [
      { rule: 'broken-promise', on: 'joan-piet-3', status: 'due-soon', evidence: 'ik laat je maandagochtend weten wat het kost', note: 'due Monday 16 Nov 12:00, 3 business hours after now: shown as due soon, not broken' },
    ],
  },
  {
    id: 'knipwerk-agenda',
    story: 'Kapsalon Knipwerk writes to info@ on Friday 17:20; Joan answers from info@ on Monday 09:40; "Top, dank je wel!".',
    mails: [
      {
        key: 'yvonne-1', at: '2026-11-06 17:20', from: yvonne, to: [info], client: 'iphone',
        subject: 'Online agenda zaterdag',
        body: `Hoi,

De online agenda laat voor zaterdag geen tijden meer zien, terwijl we gewoon open zijn. Weten jullie wat er mis is? Ik ben bang dat we zo klanten mislopen.

Groetjes Yvonne
Kapsalon Knipwerk`,
        sig: 'Verstuurd vanaf mijn iPhone',
      },
      {
        key: 'info-yvonne-1', at: '2026-11-09 09:40', from: { name: 'Joan Prins | Prinsweb', address: info.address }, to: [yvonne], client: 'gmail', parent: 'yvonne-1', quote: 'gmail-nl',
        body: `Hoi Yvonne,

Het zaterdagrooster stond sinds de wijziging van vorige week per ongeluk op 'gesloten'. Ik heb het teruggezet: de zaterdag staat weer in de agenda en klanten kunnen weer een afspraak maken.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'yvonne-2', at: '2026-11-09 10:15', from: yvonne, to: [info], client: 'iphone', parent: 'info-yvonne-1', quote: 'apple-ios-nl',
        body: 'Top, dank je wel!',
        sig: 'Verstuurd vanaf mijn iPhone',
      },
    ],
    expect: [],
    ignore: 'Friday 17:20 → Monday 09:40 is 50 business minutes: not slow. The closing "Top, dank je wel!" needs no reply. info@ is one of my addresses.',
  },
  {
    id: 'moestuin-contactformulier',
    story: 'Buurtmoestuin Lunetten: the contact form is broken. Joan fixes it the same day, 6.5 business hours later, without a word in between.',
    mails: [
      {
        key: 'anouk-1', at: '2026-11-12 09:05', from: anouk, to: [joan], client: 'gmail', cte: 'quoted-printable',
        subject: 'Contactformulier doet het niet',
        body: `Hallo Joan,

Sinds gisteren komen er via het contactformulier op onze site geen berichten meer binnen. Er hebben wel mensen iets ingevuld, want een buurtbewoner appte me dat ze nog geen antwoord had gekregen op haar aanmelding voor een moestuinbak. Kunnen jullie kijken wat er mis is?

Groet,
Anouk Meijer
Stichting Buurtmoestuin Lunetten`,
      },
      {
        key: 'joan-anouk-1', at: '2026-11-12 15:35', from: joan, to: [anouk], client: 'gmail', parent: 'anouk-1', quote: 'gmail-nl',
        body: `Hoi Anouk,

Gevonden: het formulier stuurde de berichten nog naar secretariaat@buurtmoestuinlunetten.example, en dat adres bestaat niet meer sinds jullie overstap naar de nieuwe mailprovider. Ik heb het aangepast naar info@buurtmoestuinlunetten.example en de drie berichten van gisteren en vandaag alsnog naar je doorgestuurd.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [
      { rule: 'no-acknowledgement', on: 'anouk-1', note: '6.5 business hours without an answer or a holding reply' },
    ],
    ignore: 'Not slow-reply: 6.5 business hours is within the 8-hour limit.',
  },
  {
    id: 'goudenlepel-reserveringen',
    story: 'De Gouden Lepel (HTML-only webmail): double bookings. Joan sends a holding reply within half an hour ("Ik zoek het uit en kom er morgen op terug") and the fix the next morning.',
    mails: [
      {
        key: 'hans-1', at: '2026-11-10 11:00', from: hans, to: [joan], client: 'roundcube-html', format: 'html-only',
        subject: 'Dubbele reserveringen op vrijdag',
        body: `Beste Joan,

Op vrijdagavond krijgen we via de site dubbele reserveringen binnen: twee gezelschappen voor dezelfde tafel om 19.00 uur. Vorige week moesten we een gezelschap van zes personen aan de bar zetten. Hoe kan dat?

Met vriendelijke groet,
Hans Koster
De Gouden Lepel`,
      },
      {
        key: 'joan-hans-1', at: '2026-11-10 11:25', from: joan, to: [hans], client: 'gmail', parent: 'hans-1', quote: 'gmail-nl',
        body: `Hoi Hans,

Vervelend, dat moet natuurlijk niet gebeuren. Ik zoek het uit en kom er morgen op terug.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'joan-hans-2', at: '2026-11-11 09:50', from: joan, to: [hans], client: 'gmail', parent: 'joan-hans-1', quote: 'gmail-nl',
        body: `Hoi Hans,

Gevonden: sinds de wintertijd inging, rekende de reserveringsmodule de tijdsloten op vrijdag een uur verschoven, waardoor de tafel om 19.00 uur nog als vrij werd gezien. De tijdzone staat nu goed en ik heb de reserveringen voor de komende weken nagelopen: er staan geen dubbele boekingen meer in.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'hans-3', at: '2026-11-11 10:30', from: hans, to: [joan], client: 'roundcube-html', format: 'html-only', parent: 'joan-hans-2', quote: 'roundcube-nl',
        body: `Top, werkt weer. Dank!

Hans`,
      },
    ],
    expect: [],
    ignore: 'no-acknowledgement: a holding reply came after 25 minutes. broken-promise: "morgen" was kept (Wednesday 09:50). Not slow. The HTML-only mails must be read as text.',
  },
  {
    id: 'vos-offerte',
    story: 'Vos Installatietechniek asks for a quote on Monday; Joan: "Ik stuur de offerte uiterlijk woensdag." No quote ever follows.',
    mails: [
      {
        key: 'erik-1', at: '2026-11-09 08:47', from: erik, to: [info], client: 'outlook', cte: 'quoted-printable',
        subject: 'Offerte nieuwe website',
        body: `Goedemorgen,

Wij zijn een installatiebedrijf in Nieuwegein met acht mensen, en onze website is echt aan vervanging toe: hij werkt niet goed op een telefoon en we kunnen zelf niets aanpassen. Kunnen jullie een offerte maken voor een nieuwe site, met een pagina per dienst (cv-ketels, warmtepompen en airco) en een contactformulier?

Met vriendelijke groet,

Erik Vos`,
        sig: `Vos Installatietechniek B.V.
Industrieweg 14, Nieuwegein
030 604 1122`,
      },
      {
        key: 'joan-erik-1', at: '2026-11-09 10:05', from: joan, to: [erik], client: 'gmail', parent: 'erik-1', quote: 'gmail-nl',
        body: `Hoi Erik,

Dank voor je aanvraag, leuk! Een site met een pagina per dienst en een contactformulier maken we vaker, zie bijvoorbeeld https://groenenzo.example. Ik stuur de offerte uiterlijk woensdag.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [
      { rule: 'broken-promise', on: 'joan-erik-1', status: 'broken', evidence: 'Ik stuur de offerte uiterlijk woensdag', note: 'due Wednesday 11 Nov, nothing sent since' },
    ],
  },
  {
    id: 'brightlane-cookiebanner',
    story: 'Brightlane (English): the cookie banner blocks analytics. Joan: "I\'ll get back to you tomorrow with a fix." She never does.',
    mails: [
      {
        key: 'tom-1', at: '2026-11-10 09:15', from: tom, to: [joan], client: 'gmail',
        subject: 'Cookie banner blocking analytics',
        body: `Hi Joan,

Since last Friday's update, our cookie banner seems to block the analytics script even after visitors click "Accept". The dashboard shows almost no visits this week, which can't be right.

Could you take a look?

Cheers,
Tom`,
        sig: `-- 
Tom Becker
Brightlane | Marketing
+31 20 555 0142`,
      },
      {
        key: 'joan-tom-1', at: '2026-11-10 10:02', from: joan, to: [tom], client: 'gmail', parent: 'tom-1', quote: 'gmail-en',
        body: `Hi Tom,

Thanks for flagging this. I can see the same thing on my end: the consent event fires, but the analytics tag is still listening for the old event name. I'll get back to you tomorrow with a fix.

Best,
Joan`,
        sig: joanSigEn,
      },
    ],
    expect: [
      { rule: 'broken-promise', on: 'joan-tom-1', status: 'broken', evidence: "I'll get back to you tomorrow with a fix", note: 'due Wednesday 11 Nov' },
    ],
    ignore: 'unanswered-question on "Could you take a look?": the reply is substantive (Joan reproduced the problem and named its cause); what is still open is the promise, and broken-promise reports that.',
  },
  {
    id: 'canalhouse-emma',
    story: 'Canal House Stays: a dashboard account for the new assistant "by Wednesday"; Joan delivers on Friday, apologising. "Thanks, that\'s all!"',
    mails: [
      {
        key: 'olivia-1', at: '2026-11-02 11:00', from: olivia, to: [joan], client: 'spark', cte: 'base64',
        subject: 'Dashboard access for Emma',
        body: `Hi Joan,

Emma started today as our new assistant. Could you give her access to the booking dashboard? Her address is emma@canalhouse-stays.example.

Thanks!
Olivia`,
      },
      {
        key: 'joan-olivia-1', at: '2026-11-02 11:40', from: joan, to: [olivia], client: 'gmail', parent: 'olivia-1', quote: 'gmail-en',
        body: `Hi Olivia,

Welcome to Emma! I'll set up an account for her by Wednesday.

Best,
Joan`,
        sig: joanSigEn,
      },
      {
        key: 'joan-olivia-2', at: '2026-11-06 10:20', from: joan, to: [olivia], client: 'gmail', parent: 'joan-olivia-1', quote: 'gmail-en',
        body: `Hi Olivia,

Sorry for the delay: Emma's account is ready. She will receive an email with a link to set her password, and she can log in at https://canalhouse-stays.example/dashboard.

Best,
Joan`,
        sig: joanSigEn,
      },
      {
        key: 'olivia-2', at: '2026-11-06 11:02', from: olivia, to: [joan], client: 'spark', cte: 'base64', parent: 'joan-olivia-2', quote: 'apple-en',
        body: `Thanks, that's all!

Olivia`,
      },
    ],
    expect: [
      { rule: 'broken-promise', on: 'joan-olivia-1', status: 'kept-late', evidence: "I'll set up an account for her by Wednesday", note: 'due Wed 4 Nov, kept Fri 6 Nov' },
    ],
    ignore: '"Thanks, that\'s all!" needs no reply.',
  },
  {
    id: 'fysio-oplevering',
    story: 'Fysiotherapie Zuilen: "de website is opgeleverd" on Friday 30 October (16.7 days before now; older than the two-week window on purpose). No check-in since.',
    mails: [
      {
        key: 'joan-mark-1', at: '2026-10-30 15:10', from: joan, to: [mark], client: 'gmail',
        subject: 'Jullie nieuwe website staat live',
        body: `Hoi Mark,

Vanmiddag zijn de laatste aanpassingen doorgevoerd: de website is opgeleverd en staat live op https://fysiozuilen.example. De inloggegevens voor het beheer heb je vanochtend apart gekregen.

Veel plezier ermee!

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'mark-1', at: '2026-10-30 16:02', from: mark, to: [joan], client: 'gmail', parent: 'joan-mark-1', quote: 'gmail-nl',
        body: `Ziet er prachtig uit, dank jullie wel!

Mark`,
      },
    ],
    expect: [
      { rule: 'missing-aftercare', on: 'joan-mark-1', evidence: 'de website is opgeleverd', note: 'delivered 30 Oct, no check-in within 14 days' },
    ],
    ignore: 'Mark\'s thank-you needs no reply.',
  },
  {
    id: 'lotte-oplevering',
    story: 'Lotte Visser Fotografie (Apple Mail on a Mac): site delivered 28 October; Joan checks in on 10 November ("Is alles naar wens?"), one small wish follows and is done.',
    mails: [
      {
        key: 'joan-lotte-1', at: '2026-10-28 11:30', from: joan, to: [lotte], client: 'gmail',
        subject: 'Je portfoliosite staat live',
        body: `Hoi Lotte,

Je nieuwe portfoliosite is af: de website is opgeleverd en staat live op https://lottevisser.example. De galerijen kun je zelf aanvullen via het beheer.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'lotte-1', at: '2026-10-28 12:10', from: lotte, to: [joan], client: 'applemail', parent: 'joan-lotte-1', quote: 'apple-nl',
        body: `Wauw, wat is hij mooi geworden! Dank je wel.

Lotte`,
      },
      {
        key: 'joan-lotte-2', at: '2026-11-10 09:30', from: joan, to: [lotte], client: 'gmail', parent: 'lotte-1', quote: 'gmail-nl',
        body: `Hoi Lotte,

Je site draait nu bijna twee weken. Is alles naar wens? Als er iets niet lekker werkt of als je ergens tegenaan loopt, hoor ik het graag.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'lotte-2', at: '2026-11-10 13:30', from: lotte, to: [joan], client: 'applemail', parent: 'joan-lotte-2', quote: 'apple-nl',
        body: `Hoi Joan,

Ja hoor, alles werkt prima! Via het contactformulier heb ik al twee aanvragen voor een fotoshoot gehad. Eén ding nog: kan de grote foto op de homepage iets lichter? Op mijn telefoon is hij erg donker.

Groetjes,
Lotte`,
      },
      {
        key: 'joan-lotte-3', at: '2026-11-10 14:10', from: joan, to: [lotte], client: 'gmail', parent: 'lotte-2', quote: 'gmail-nl',
        body: `Hoi Lotte,

Gedaan: de grote foto op de homepage is nu een stuk lichter, ook op een telefoon. Soms moet je de pagina even verversen voordat je het ziet.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [],
    ignore: 'missing-aftercare must NOT fire: delivered 28 Oct (19 days ago) but checked in on 10 Nov with "Is alles naar wens?". Lotte\'s question is answered.',
  },
  {
    id: 'groenenzo-fotos',
    story: 'Groen & Zo hoveniers: new portfolio photos. Kees\'s second mail has a WeTransfer link with "?id=3" and quotes his own earlier question.',
    mails: [
      {
        key: 'kees-1', at: '2026-11-10 10:02', from: kees, to: [joan], client: 'gmail',
        subject: "Nieuwe foto's voor het portfolio",
        body: `Hoi Joan,

We hebben mooie foto's gemaakt van twee tuinen in Zeist die we graag in het portfolio op de site willen hebben. Hoe groot mogen de foto's eigenlijk zijn? Dan zet ik ze in de juiste maat klaar.

Groet,
Kees`,
        sig: `-- 
Groen & Zo hoveniers
06 4123 9876`,
      },
      {
        key: 'joan-kees-1', at: '2026-11-10 11:15', from: joan, to: [kees], client: 'gmail', parent: 'kees-1', quote: 'gmail-nl',
        body: `Hoi Kees,

Maximaal 5 MB per foto, en liefst liggend, dan passen ze het mooist in het portfolio. Stuur ze gerust via WeTransfer.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'kees-2', at: '2026-11-11 09:40', from: kees, to: [joan], client: 'gmail', parent: 'joan-kees-1', quote: 'gmail-nl',
        body: `Hoi Joan,

Hierbij de link: https://wetransfer.example/downloads/8f2c1d?id=3 (geldig tot 18 november). Er zitten ook een paar foto's van de vijver in Bunnik bij, die mogen er ook op.

Groet,
Kees`,
        sig: `-- 
Groen & Zo hoveniers
06 4123 9876`,
      },
      {
        key: 'joan-kees-2', at: '2026-11-11 10:05', from: joan, to: [kees], client: 'gmail', parent: 'kees-2', quote: 'gmail-nl',
        body: `Hoi Kees,

Binnen, dank je! Ze staan inmiddels online op https://groenenzo.example/portfolio, die van de vijver in Bunnik ook.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [],
    ignore: 'The "?" in "…/8f2c1d?id=3" is not a question. "Hoe groot mogen de foto\'s eigenlijk zijn?" appears in kees-2 only as quoted text (answered earlier by joan-kees-1): not a new question, and joan-kees-2 need not answer it again.',
  },
  {
    id: 'boontje-inline',
    story: 'Koffiebranderij Het Boontje asks three numbered questions; Joan answers inline under each quoted question.',
    mails: [
      {
        key: 'sanne-1', at: '2026-11-04 10:20', from: sanne, to: [joan], client: 'applemail',
        subject: 'Drie vragen over de webshop',
        body: `Hoi Joan,

Drie vragen over de webshop, nu de drukke decembermaand eraan komt:

1. Kunnen we de webshop tussen kerst en oud en nieuw op pauze zetten? Dan zijn we zelf dicht.
2. Hoe voeg ik een kortingscode toe voor onze vaste klanten?
3. Is het mogelijk om de verzending gratis te maken bij bestellingen boven de 40 euro?

Alvast bedankt!
Sanne`,
        sig: `Koffiebranderij Het Boontje
Voorstraat 71, Utrecht`,
      },
      {
        key: 'joan-sanne-1', at: '2026-11-04 13:15', from: joan, to: [sanne], client: 'gmail', parent: 'sanne-1', quote: 'custom',
        body: `Hoi Sanne,

Mijn antwoorden staan hieronder, tussen je vragen.

Op wo 4 nov. 2026 om 10:20 schreef Sanne Mulder <sanne@hetboontje.example>:

> Hoi Joan,
>
> Drie vragen over de webshop, nu de drukke decembermaand eraan komt:
>
> 1. Kunnen we de webshop tussen kerst en oud en nieuw op pauze zetten? Dan zijn we zelf dicht.

Ja. Onder Instellingen > Winkel staat de optie 'Vakantiemodus'. Zet daar 24 december tot en met 1 januari in; bezoekers zien dan een melding en kunnen niet afrekenen.

> 2. Hoe voeg ik een kortingscode toe voor onze vaste klanten?

Via Marketing > Kortingscodes > Nieuwe code. Je kiest een code, een percentage of een vast bedrag, en eventueel een einddatum.

> 3. Is het mogelijk om de verzending gratis te maken bij bestellingen boven de 40 euro?

Zeker, dat heb ik alvast ingesteld: vanaf € 40 is de verzending nu gratis. Het bedrag kun je zelf wijzigen onder Instellingen > Verzending.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'sanne-2', at: '2026-11-04 14:02', from: sanne, to: [joan], client: 'applemail', parent: 'joan-sanne-1', quote: 'apple-nl',
        body: `Helder, dank je wel!

Sanne`,
      },
    ],
    expect: [],
    ignore: 'All three questions are answered inline, each right under the quoted question.',
  },
  {
    id: 'verbeek-hostingkosten',
    story: 'Verbeek Administratie uses a webmail that drops In-Reply-To and References and writes "Antw:"; the four mails thread by subject only.',
    mails: [
      {
        key: 'rob-1', at: '2026-11-03 09:12', from: rob, to: [joan], client: 'webmail-norefs',
        subject: 'Overzicht hostingkosten 2026',
        body: `Hallo Joan,

Voor de jaarafsluiting: kun je mij een overzicht sturen van de hostingkosten die jullie dit jaar aan ons hebben gefactureerd?

Met vriendelijke groet,
Rob Verbeek
Verbeek Administratie`,
      },
      {
        key: 'joan-rob-1', at: '2026-11-03 10:30', from: joan, to: [rob], client: 'gmail', parent: 'rob-1', quote: 'gmail-nl',
        body: `Hoi Rob,

Hierbij het overzicht van 2026:

- Hosting en onderhoud, januari t/m december: 12 x € 27,00 = € 324,00
- SSL-certificaat: € 24,00

Totaal € 348,00 excl. btw.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'rob-2', at: '2026-11-03 14:05', from: rob, to: [joan], client: 'webmail-norefs', parent: 'joan-rob-1', quote: 'outlook-old-nl',
        subject: 'Antw: Overzicht hostingkosten 2026',
        body: `Dank je. Is het domein verbeek-administratie.example daarin meegenomen, of komt dat er nog bij?

Rob`,
      },
      {
        key: 'joan-rob-2', at: '2026-11-03 14:40', from: joan, to: [rob], client: 'gmail', parent: 'rob-2', quote: 'gmail-nl',
        subject: 'Re: Antw: Overzicht hostingkosten 2026',
        body: `Hoi Rob,

Het domein zit er al in: dat valt onder 'Hosting en onderhoud'. Er komt dus niets meer bij.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'rob-3', at: '2026-11-03 15:20', from: rob, to: [joan], client: 'webmail-norefs', parent: 'joan-rob-2', quote: 'outlook-old-nl',
        subject: 'Antw: Re: Antw: Overzicht hostingkosten 2026',
        body: `Duidelijk, bedankt.

Rob`,
      },
    ],
    expect: [],
    ignore: 'One thread of five messages (subject "Antw: Re: Antw: …" normalised). Both questions are answered quickly; "Duidelijk, bedankt." needs no reply.',
  },
  {
    id: 'nieuwsbrief-webdesignweekly',
    story: 'A newsletter (List-Id, List-Unsubscribe, Precedence: bulk; multipart/alternative) full of questions. Unread.',
    mails: [
      {
        key: 'weekly-1', at: '2026-11-15 07:00', from: newsletter, to: [joan], client: 'list', format: 'alternative', unread: true,
        subject: 'Webdesign Weekly #212: toegankelijkheid wordt verplicht — ben jij er klaar voor?',
        headers: [
          ['List-Id', 'Webdesign Weekly <weekly.webdesignweekly.example>'],
          ['List-Unsubscribe', '<https://webdesignweekly.example/afmelden?u=8f3a21>, <mailto:afmelden@webdesignweekly.example?subject=afmelden>'],
          ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
          ['Precedence', 'bulk'],
        ],
        body: `Webdesign Weekly #212 - 15 november 2026

TOEGANKELIJKHEID WORDT VERPLICHT: BEN JIJ ER KLAAR VOOR?
Sinds juni 2025 geldt de European Accessibility Act ook voor veel webshops. Wat betekent dat voor jouw klanten? We zetten de belangrijkste punten op een rij.
Lees verder: https://webdesignweekly.example/artikel/eaa-webshops?utm_source=nieuwsbrief

OOK DEZE WEEK
- Vijf fouten die we steeds weer zien in contactformulieren
- Core Web Vitals: wat is er veranderd in 2026?
- Vacature: frontend developer (32-40 uur), Amersfoort

Wil je deze nieuwsbrief niet meer ontvangen? Afmelden: https://webdesignweekly.example/afmelden?u=8f3a21`,
      },
    ],
    expect: [],
    ignore: 'Automated (List-Unsubscribe, List-Id, Precedence: bulk): never a finding, whatever its questions.',
  },
  {
    id: 'regenboog-december-autoreply',
    story: 'Joan asks the school about the December newsletter; Ellen\'s out-of-office answers ("Ik ben afwezig…", Auto-Submitted: auto-replied).',
    mails: [
      {
        key: 'joan-ellen-2', at: '2026-11-12 13:00', from: joan, to: [ellen], client: 'gmail',
        subject: 'Decembernieuwsbrief',
        body: `Hoi Ellen,

Zullen we de decembernieuwsbrief op dezelfde manier doen als die van november? Als de teksten en foto's vóór vrijdag 27 november in de gedeelde map staan, is er ruim tijd om alles klaar te zetten.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'ellen-auto', at: '2026-11-12 13:00', from: ellen, to: [joan], client: 'outlook', parent: 'joan-ellen-2', quote: 'none',
        subject: 'Automatisch antwoord: Decembernieuwsbrief',
        headers: [
          ['Auto-Submitted', 'auto-replied'],
          ['X-Auto-Response-Suppress', 'All'],
        ],
        body: `Ik ben afwezig tot en met maandag 16 november en lees mijn e-mail dan niet. Voor dringende zaken kunt u contact opnemen met de administratie via administratie@regenboog-utrecht.example of 030 234 5678.

Met vriendelijke groet,
Ellen Bakker`,
      },
    ],
    expect: [],
    ignore: 'The auto-reply is automated; Joan\'s own question to Ellen is outgoing.',
  },
  {
    id: 'regenboog-bounce',
    story: 'Joan sends login details to a teacher at a mistyped address; Google returns a delivery status report (multipart/report).',
    mails: [
      {
        key: 'joan-peter-1', at: '2026-11-05 16:12', from: joan, to: [peter], client: 'gmail',
        subject: 'Inloggegevens nieuwsbrieftool',
        body: `Hoi Peter,

Ellen vroeg of jij ook toegang kunt krijgen tot de nieuwsbrieftool. Je account is aangemaakt; je krijgt een aparte mail met een link om zelf een wachtwoord in te stellen.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'bounce-1', at: '2026-11-05 16:12', from: mailerDaemon, to: [joan], client: 'system', parent: 'joan-peter-1',
        subject: 'Delivery Status Notification (Failure)',
        body: '',
        raw: bounceRaw,
      },
    ],
    expect: [],
    ignore: 'A bounce (mailer-daemon, multipart/report, empty Return-Path): automated.',
  },
  {
    id: 'hostpaneel-ssl',
    story: 'A noreply notification from the hosting panel, with a question and a "?" URL.',
    mails: [
      {
        key: 'hostpaneel-1', at: '2026-11-09 06:00', from: hostpaneel, to: [joan], client: 'system',
        subject: 'Uw SSL-certificaat voor tandartssmit.example verloopt over 14 dagen',
        body: `Beste klant,

Het SSL-certificaat voor tandartssmit.example verloopt op 23 november 2026. Wilt u het certificaat automatisch laten verlengen? Zet dan automatisch verlengen aan in het klantenpaneel: https://hostpaneel.example/ssl?domein=tandartssmit.example

Met vriendelijke groet,
HostPaneel

Dit is een automatisch verzonden bericht. U kunt hier niet op antwoorden.`,
      },
    ],
    expect: [],
    ignore: 'noreply@ sender: automated.',
  },
  {
    id: 'boekhoudtool-betaald',
    story: 'An invoice-paid notification from the bookkeeping app (notifications@).',
    mails: [
      {
        key: 'boekhoud-1', at: '2026-11-12 10:14', from: boekhoudtool, to: [joan], client: 'system',
        subject: 'Factuur 2026-041 is betaald',
        body: `Goed nieuws!

Factuur 2026-041 aan Canal House Stays (€ 1.250,00) is op 12 november 2026 betaald.

Bekijk de factuur: https://app.boekhoudtool.example/facturen/2026-041

Je ontvangt deze melding omdat betaalmeldingen aan staan. Wil je ze niet meer ontvangen? Pas je instellingen aan in Boekhoudtool.`,
      },
    ],
    expect: [],
    ignore: 'notifications@ sender: automated.',
  },
  {
    id: 'intern-dns',
    story: 'Sander (colleague, Outlook) asks Joan on Thursday afternoon to look at Groen & Zo\'s DNS. They sit at the same desk; no reply by mail.',
    mails: [
      {
        key: 'sander-1', at: '2026-11-12 16:02', from: sander, to: [joan], client: 'outlook',
        subject: 'DNS Groen & Zo',
        body: `Hoi Joan,

Kun jij morgen even naar de DNS-records van Groen & Zo kijken? De mail van Kees komt bij een paar klanten van hem in de spam. Ik vermoed dat het SPF-record niet klopt sinds ze van provider zijn gewisseld.

Groet,
Sander`,
        sig: sanderSig,
      },
    ],
    expect: [],
    ignore: 'Internal mail (internalDomains: prinsweb.example, checkInternal: false). With checkInternal: true it would be awaiting-reply.',
  },
  {
    id: 'intern-planning',
    story: 'Joan\'s weekly planning to Sander; Sander answers in Outlook ("Van: … Verzonden: … Aan: … Onderwerp: …").',
    mails: [
      {
        key: 'joan-sander-1', at: '2026-11-09 08:55', from: joan, to: [sander], client: 'gmail',
        subject: 'Planning deze week',
        body: `Hoi Sander,

De planning voor deze week:

- Vos Installatietechniek (offerte): Joan
- Brightlane (cookiebanner): Joan
- Groen & Zo (fotogalerij): Sander
- De Regenboog (nieuwsbrief december): Sander

Donderdagmiddag ben ik bij Canal House in Amsterdam.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'sander-2', at: '2026-11-09 09:30', from: sander, to: [joan], client: 'outlook', parent: 'joan-sander-1', quote: 'outlook-nl',
        body: `Prima. Het kleine klusje voor Knipwerk past er ook nog wel tussen.

Groet,
Sander`,
        sig: sanderSig,
      },
    ],
    expect: [],
    ignore: 'Internal.',
  },
  {
    id: 'bakkerij-kerststollen',
    story: 'Bakkerij Van Dam: new Christmas photos on the homepage, done within the hour; "Prachtig, dank jullie wel!".',
    mails: [
      {
        key: 'marieke-2', at: '2026-11-12 10:05', from: marieke, to: [joan], client: 'gmail', cte: 'quoted-printable',
        subject: "Foto's kerststollen",
        body: `Hoi Joan,

De foto's van onze kerststollen en de nieuwe banketstaaf staan in de gedeelde Dropbox-map. Willen jullie die op de homepage zetten, in plaats van de herfstfoto's?

Groetjes,
Marieke`,
        sig: `-- 
Bakkerij Van Dam
Twijnstraat 18, Utrecht
030 231 4455`,
      },
      {
        key: 'joan-marieke-2', at: '2026-11-12 10:40', from: joan, to: [marieke], client: 'gmail', parent: 'marieke-2', quote: 'gmail-nl',
        body: `Hoi Marieke,

Staan erop! De herfstfoto's heb ik naar de fotogalerij verplaatst, zodat ze niet verloren gaan. Kijk maar even op https://bakkerijvandam.example.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'marieke-3', at: '2026-11-12 11:02', from: marieke, to: [joan], client: 'gmail', cte: 'quoted-printable', parent: 'joan-marieke-2', quote: 'gmail-nl',
        body: `Prachtig, dank jullie wel!

Marieke`,
      },
    ],
    expect: [],
  },
  {
    id: 'okafor-aanvraag',
    story: 'Okafor Architects (English, Outlook): a new lead asks about multilingual sites and January; two quick answers; the lead closes politely.',
    mails: [
      {
        key: 'daniel-1', at: '2026-11-05 14:30', from: daniel, to: [info], client: 'outlook',
        subject: 'Website for our architecture firm',
        body: `Hi Joan,

We're a small architecture firm in Amsterdam-Noord, and Olivia at Canal House Stays recommended you. We're looking for a new website in Dutch and English.

Do you build multilingual sites? And what's your availability in January?

Kind regards,
Daniel Okafor`,
        sig: `Okafor Architects
NDSM-plein 28, Amsterdam`,
      },
      {
        key: 'joan-daniel-1', at: '2026-11-05 16:05', from: joan, to: [daniel], client: 'gmail', parent: 'daniel-1', quote: 'outlook-en',
        body: `Hi Daniel,

Thanks for getting in touch, and say hi to Olivia!

Yes, we build multilingual sites: most of our sites run in Dutch and English, with a language switch in the menu and a separate address per language, so search engines find both versions. As for January: we have room from the second week of January onwards.

Best,
Joan`,
        sig: joanSigEn,
      },
      {
        key: 'daniel-2', at: '2026-11-06 09:12', from: daniel, to: [joan], client: 'outlook', parent: 'joan-daniel-1', quote: 'outlook-en',
        body: `Hi Joan,

That sounds good. Could you send us two or three examples of multilingual sites you've built?

Kind regards,
Daniel`,
      },
      {
        key: 'joan-daniel-2', at: '2026-11-06 09:40', from: joan, to: [daniel], client: 'gmail', parent: 'daniel-2', quote: 'gmail-en',
        body: `Hi Daniel,

Sure, here are three:

- https://canalhouse-stays.example (English and Dutch, German coming soon)
- https://brightlane.example (English and Dutch)
- https://fysiozuilen.example (Dutch, with English pages for international patients)

Best,
Joan`,
        sig: joanSigEn,
      },
      {
        key: 'daniel-3', at: '2026-11-06 10:31', from: daniel, to: [joan], client: 'outlook', parent: 'joan-daniel-2', quote: 'outlook-en',
        body: `These look great, thanks! We'll discuss it internally and get back to you.

Daniel`,
      },
    ],
    expect: [],
    ignore: 'Both questions answered within two hours; the third within half an hour. Daniel\'s "we\'ll get back to you" is his promise, not mine.',
  },
  {
    id: 'wp-meetup-list',
    story: 'A human-written mail to a mailing list Joan is on (List-Id, Precedence: list), with questions.',
    mails: [
      {
        key: 'bas-1', at: '2026-11-11 20:14', from: bas, to: [wpList], client: 'list',
        subject: '[wp-utrecht] Meetup 26 november: wie komt er?',
        headers: [
          ['List-Id', 'WordPress Meetup Utrecht <wp-utrecht.lists.wpmeetup.example>'],
          ['List-Unsubscribe', '<mailto:wp-utrecht-leave@lists.wpmeetup.example>'],
          ['List-Post', '<mailto:wp-utrecht@lists.wpmeetup.example>'],
          ['Precedence', 'list'],
          ['Sender', 'wp-utrecht@lists.wpmeetup.example'],
        ],
        body: `Hoi allemaal,

De volgende meetup is op donderdag 26 november bij De Nijverheid. Sara vertelt over headless WordPress en daarna is er pizza.

Wie komt er? Zet je naam even op https://wpmeetup.example/utrecht/aanmelden?event=26nov, dan bestellen we genoeg pizza. En heeft iemand een beamer die we kunnen lenen?

Groet,
Bas`,
      },
    ],
    expect: [],
    ignore: 'List mail (List-Id, Precedence: list): never a finding.',
  },
  {
    id: 'groenenzo-spf',
    story: 'Joan follows up Sander\'s note with Groen & Zo: may we change the SPF record? Kees agrees and asks if he must do anything; done the same morning.',
    mails: [
      {
        key: 'joan-kees-3', at: '2026-11-13 10:15', from: joan, to: [kees], client: 'gmail',
        subject: 'SPF-record groenenzo.example',
        body: `Hoi Kees,

Sander zag dat mail van jullie domein bij sommige ontvangers in de spam belandt. Dat komt door het SPF-record, dat nog naar jullie oude provider verwijst. Mogen wij dat in jullie domeinbeheer aanpassen? Dan hebben we wel de inloggegevens van het domeinbeheer nodig.

Groet,
Joan`,
        sig: joanSig,
      },
      {
        key: 'kees-3', at: '2026-11-13 11:30', from: kees, to: [joan], client: 'gmail', parent: 'joan-kees-3', quote: 'gmail-nl',
        body: `Hoi Joan,

Ja, prima, doe maar. De inloggegevens heb ik je net via WhatsApp gestuurd. Moet ik verder nog iets doen?

Groet,
Kees`,
      },
      {
        key: 'joan-kees-4', at: '2026-11-13 11:52', from: joan, to: [kees], client: 'gmail', parent: 'kees-3', quote: 'gmail-nl',
        body: `Hoi Kees,

Nee hoor, je hoeft verder niets te doen. Het SPF-record is aangepast; het kan een paar uur duren voordat de wijziging overal is doorgekomen.

Groet,
Joan`,
        sig: joanSig,
      },
    ],
    expect: [],
  },
];

/** Google's delivery status report for joan-peter-1 (RFC 3464: multipart/report with delivery-status). */
function bounceRaw(ctx: { messageIdOf: (key: string) => string; date: string }): string {
  const original = ctx.messageIdOf('joan-peter-1');
  const b = '000000000000a1b2c3d4e5f60718';
  return `Return-Path: <>
Delivered-To: joan@prinsweb.example
Received: by 2002:a05:7010:9b1e:b0:4a1:2f3c:77d0 with SMTP id n30csp118823mdb;
        ${ctx.date}
Date: ${ctx.date}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: joan@prinsweb.example
Subject: Delivery Status Notification (Failure)
Message-ID: <672b1f0c.b3c1d8e4.9a2f.0001.GMR@mx.google.com>
In-Reply-To: ${original}
References: ${original}
Auto-Submitted: auto-replied
X-Failed-Recipients: p.dewit@regenboog-utrecht.example
MIME-Version: 1.0
Content-Type: multipart/report; boundary="${b}"; report-type=delivery-status

--${b}
Content-Type: text/plain; charset="UTF-8"

Je bericht is niet bezorgd bij p.dewit@regenboog-utrecht.example, omdat het adres niet is gevonden of geen e-mail kan ontvangen.

The response from the remote server was:
550 5.1.1 <p.dewit@regenboog-utrecht.example>: Recipient address rejected: User unknown in virtual mailbox table

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: ${ctx.date}

Final-Recipient: rfc822; p.dewit@regenboog-utrecht.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.regenboog-utrecht.example. (203.0.113.25, the server for the domain regenboog-utrecht.example.)
Diagnostic-Code: smtp; 550 5.1.1 <p.dewit@regenboog-utrecht.example>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: ${ctx.date}

--${b}
Content-Type: text/rfc822-headers

From: Joan Prins <joan@prinsweb.example>
To: Peter de Wit <p.dewit@regenboog-utrecht.example>
Subject: Inloggegevens nieuwsbrieftool
Message-ID: ${original}

--${b}--
`;
}

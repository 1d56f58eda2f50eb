/** The cast of the demo mailbox: Prinsweb, a two-person web studio in Utrecht, and its customers. */
import type { Person } from '../lib/mailwriter.js';

export const joan: Person = { name: 'Joan Prins', address: 'joan@prinsweb.example' };
export const info: Person = { name: 'Prinsweb', address: 'info@prinsweb.example' };
export const sander: Person = { name: 'Sander de Vries', address: 'sander@prinsweb.example' };

export const marieke: Person = { name: 'Marieke van Dam', address: 'marieke@bakkerijvandam.example' };
export const karin: Person = { name: 'Karin Smit', address: 'k.smit@tandartssmit.example' };
export const olivia: Person = { name: 'Olivia Hart', address: 'olivia@canalhouse-stays.example' };
export const fatima: Person = { name: 'Fatima el Amrani', address: 'fatima@yogaoost.example' };
export const hans: Person = { name: 'Hans Koster', address: 'hans@degoudenlepel.example' };
export const ellen: Person = { name: 'Ellen Bakker', address: 'e.bakker@regenboog-utrecht.example' };
export const peter: Person = { name: 'Peter de Wit', address: 'p.dewit@regenboog-utrecht.example' };
export const piet: Person = { name: 'Piet Jansen', address: 'piet@jansenfietsen.example' };
export const yvonne: Person = { name: 'Yvonne de Boer', address: 'yvonne@knipwerk.example' };
export const anouk: Person = { name: 'Anouk Meijer', address: 'anouk@buurtmoestuinlunetten.example' };
export const erik: Person = { name: 'Erik Vos', address: 'erik@vosinstallatie.example' };
export const tom: Person = { name: 'Tom Becker', address: 'tom@brightlane.example' };
export const mark: Person = { name: 'Mark de Graaf', address: 'mark@fysiozuilen.example' };
export const lotte: Person = { name: 'Lotte Visser', address: 'lotte@lottevisser.example' };
export const kees: Person = { name: 'Kees Hoogland', address: 'kees@groenenzo.example' };
export const sanne: Person = { name: 'Sanne Mulder', address: 'sanne@hetboontje.example' };
export const rob: Person = { name: 'Rob Verbeek', address: 'rob@verbeek-administratie.example' };
export const daniel: Person = { name: 'Daniel Okafor', address: 'daniel@okafor-architects.example' };
export const bas: Person = { name: 'Bas Hendriks', address: 'bas@hendriksmedia.example' };
export const wpList: Person = { name: 'WordPress Meetup Utrecht', address: 'wp-utrecht@lists.wpmeetup.example' };

export const newsletter: Person = { name: 'Webdesign Weekly', address: 'nieuwsbrief@webdesignweekly.example' };
export const hostpaneel: Person = { name: 'HostPaneel', address: 'noreply@hostpaneel.example' };
export const boekhoudtool: Person = { name: 'Boekhoudtool', address: 'notifications@boekhoudtool.example' };
export const mailerDaemon: Person = { name: 'Mail Delivery Subsystem', address: 'mailer-daemon@googlemail.com' };

/** Joan's Gmail signature (Gmail puts "-- " above it and the signature above the quoted mail). */
export const joanSig = `-- 
Joan Prins
Prinsweb | websites voor ondernemers
Oudegracht 112, 3511 AX Utrecht
030 220 1948 | https://prinsweb.example`;

export const joanSigEn = `-- 
Joan Prins
Prinsweb | websites for small businesses
Oudegracht 112, 3511 AX Utrecht, the Netherlands
+31 30 220 1948 | https://prinsweb.example`;

export const sanderSig = `Sander de Vries
Prinsweb
030 220 1948`;

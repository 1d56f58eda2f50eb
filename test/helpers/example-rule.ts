/**
 * The example rule of docs/custom-rules.md (`long-thread`), as the page has it, and a real four-message thread
 * for it: used by test/plugins.test.ts (as a custom rule from outside the repository) and test/add-a-rule.test.ts
 * (as a built-in rule in a copy of the project).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';

const page = readFileSync(join(ROOT, 'docs', 'custom-rules.md'), 'utf8');

/** The page's example files: `<!-- example: path -->` followed by a code block. */
export const examples = new Map([...page.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));

function eml(i: number, dir: 'in' | 'out', day: number): string {
  const customer = 'Erik Vos <erik@vosinstallatie.example>';
  const me = 'Joan Prins <joan@prinsweb.example>';
  const refs = Array.from({ length: i - 1 }, (_, k) => `<lt-${k + 1}@prinsweb.example>`).join(' ');
  return [
    `From: ${dir === 'in' ? customer : me}`,
    `To: ${dir === 'in' ? me : customer}`,
    `Subject: ${i > 1 ? 'Re: ' : ''}Offerte nieuwe website`,
    `Date: Mon, ${day} Nov 2026 10:0${i}:00 +0100`,
    `Message-ID: <lt-${i}@prinsweb.example>`,
    ...(refs ? [`In-Reply-To: <lt-${i - 1}@prinsweb.example>`, `References: ${refs}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    dir === 'in' ? 'Hoi Joan,\n\nKun je de offerte nog eens aanpassen? De prijs voor de webshop klopt niet.\n\nGroet,\nErik' : 'Hoi Erik,\n\nIk heb de offerte aangepast, de webshop staat er nu goed in.\n\nGroet,\nJoan',
    '',
  ].join('\r\n');
}

/** Four messages of one thread (Erik asks, Joan answers, twice), with the file names of a fixture case. */
export const THREAD = [eml(1, 'in', 2), eml(2, 'out', 3), eml(3, 'in', 4), eml(4, 'out', 5)];
export const NAMES = ['01-in-erik.eml', '02-out-joan.eml', '03-in-erik.eml', '04-out-joan.eml'];

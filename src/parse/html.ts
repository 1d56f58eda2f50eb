/**
 * HTML-only mail → plain text that the split can read: blockquotes become `>` lines (Gmail's
 * gmail_quote, Apple's <blockquote type="cite">, Thunderbird), an <hr> becomes a dashed line (Outlook puts
 * one above its "From:/Sent:" block), link targets are dropped (a `?` in a URL is not a question).
 */
import type { HtmlToTextOptions } from 'html-to-text';

type Converter = (html: string) => string;
let converter: Promise<Converter> | null = null;

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxDepth: 200, maxInputLength: 2_000_000 },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'hr', options: { length: 10 } },
    { selector: 'blockquote', options: { trimEmptyLines: true } },
    // layout tables are common in mail; render cells as blocks rather than a grid
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
    { selector: 'th', format: 'block' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
};

export async function htmlToText(html: string): Promise<string> {
  converter ??= import('html-to-text').then((m) => m.compile(OPTIONS));
  const convert = await converter;
  return convert(html);
}

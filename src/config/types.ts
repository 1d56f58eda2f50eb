import type { Language, Severity } from '../model.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface BusinessHoursConfig {
  /** IANA zone, e.g. Europe/Amsterdam. */
  timezone: string;
  days: Weekday[];
  /** "09:00" */
  start: string;
  /** "17:30" */
  end: string;
  /** Country code for public holidays (date-holidays), e.g. "NL"; false for none. */
  holidays: string | false;
  /** Extra days off, ISO dates "2026-12-24". */
  extraDaysOff: string[];
}

export interface AccountConfig {
  host: string;
  port?: number;
  /** true = implicit TLS (993); false = plain connection upgraded with STARTTLS when offered. */
  secure?: boolean;
  user: string;
  /** Shell command whose stdout is the password (like mutt/aerc). */
  passwordCommand?: string;
  /** Name of an environment variable holding the password. */
  passwordEnv?: string;
  /** Plain password in the config file: works, but earns a warning. */
  password?: string;
  /** Shell command whose stdout is an OAuth2 access token (XOAUTH2 / OAUTHBEARER). */
  tokenCommand?: string;
  /** PEM file with the CA that signed a self-hosted server's certificate. */
  caFile?: string;
  /** Turn TLS certificate verification off. Shown in the output when used. */
  insecureSkipVerify?: boolean;
  /** Mailboxes to read; default INBOX + the \Sent folder. */
  mailboxes?: string[];
  /** Also read Gmail's All Mail (\All), without counting a message twice. */
  allMail?: boolean;
  /** Seconds before a connection attempt or a silent server gives up. */
  timeoutSeconds?: number;
}

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface Config {
  /** My own addresses and aliases; a message from one of them is outgoing. Wildcards: "*@prinsweb.nl". */
  me: string[];
  /** Colleagues' domains: their mail is internal. */
  internalDomains: string[];
  /** Whether mail from colleagues is checked like customer mail. */
  checkInternal: boolean;
  /** Output language; default from the environment. */
  language?: Language;
  businessHours: BusinessHoursConfig;
  accounts: Record<string, AccountConfig>;
  rules: Record<string, RuleSetting>;
  ignore: { from: string[]; subject: string[] };
  /** Extra phrases per language and list name (jargon, commitments…), added to the built-in lists. */
  phrases: { nl: Record<string, string[]>; en: Record<string, string[]> };
  /** Team members: address → name (report). */
  team: Record<string, string>;
  /** Report thresholds (CI verdict). */
  thresholds: Record<string, number>;
  /** Where the IMAP cache lives; default the user's cache directory. */
  cacheDir?: string;
  /** Path of the config file this came from, if any. */
  filepath?: string;
}

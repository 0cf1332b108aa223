import type { MessageBoxOptions } from 'electron';

/** The button, in the question below, that opens the address; any other answer (Cancel, Esc) does not. */
export const OPEN_IN_BROWSER = 1;

export type WebLinkDecision =
  { action: 'ask'; href: string; question: MessageBoxOptions } | { action: 'refuse' };

/**
 * What to do with a link that would leave the app for the web. The app shows no web links of its own
 * (no help pages or citations are linked), so a link reaching main came from somewhere else: the
 * therapist is asked first, shown the full address as the URL parser reads it (so
 * `https://trusted.example@other.example/` or a look-alike name in punycode cannot pass for
 * another), with Cancel as the default. Only http and https are ever offered; the address opened
 * is exactly the one shown.
 */
export function decideWebLink(target: string): WebLinkDecision {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { action: 'refuse' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { action: 'refuse' };
  const href = url.href;
  return {
    action: 'ask',
    href,
    question: {
      type: 'question',
      title: 'Open a web page',
      message: 'Open this address in your web browser?',
      detail: href,
      buttons: ['Cancel', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
  };
}

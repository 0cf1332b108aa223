/**
 * The page's content security policy, written once: renderer/index.html carries it in its <meta>
 * tag (the Electron window has no server to send a header), and the browser host sends it as a
 * header; content-security-policy.test.ts holds the page's copy to this one. Only the app's own
 * files, nothing inline or evaluated, no plugins, no frames, no forms posted anywhere.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * As a header the policy can also refuse to let another page frame the app (clickjacking), which a
 * <meta> policy cannot: browsers ignore frame-ancestors there.
 */
export const HEADER_POLICY = `${PAGE_POLICY}; frame-ancestors 'none'`;

// Headers of every answer of the production server. The built app needs no
// inline script or style element (Vite emits files; React sets styles
// through the DOM), so the policy allows the app's own files alone.

function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** The older header, for browsers that ignore `frame-ancestors`. */
function frameOptions(frameAncestors: string): Record<string, string> {
  if (frameAncestors === "'none'") return { 'X-Frame-Options': 'DENY' };
  if (frameAncestors === "'self'") return { 'X-Frame-Options': 'SAMEORIGIN' };
  // It cannot name other sites: leave those to frame-ancestors.
  return {};
}

export function securityHeaders(
  frameAncestors: string,
): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...frameOptions(frameAncestors),
  };
}

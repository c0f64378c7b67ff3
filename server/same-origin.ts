// Starting a task changes a deployment, so a start must come from the
// dashboard's own pages: another site's form or script in the same browser
// must not be able to send one (cross-site request forgery). Browsers say
// where a request comes from in `Sec-Fetch-Site` and `Origin`; programs such
// as curl send neither and are not a forgery risk.
//
// TODO: a page on a rebound DNS name counts as same-origin to the browser;
// checking `Host` against the names the dashboard is served under would
// close that, and needs a setting for those names.
import type { IncomingMessage } from 'node:http';

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The host the browser addressed, as a reverse proxy may have told us. */
function addressedHost(request: IncomingMessage): string | undefined {
  const forwarded = firstValue(request.headers['x-forwarded-host']);
  return forwarded?.split(',')[0]?.trim() ?? request.headers.host;
}

export function isSameOriginRequest(request: IncomingMessage): boolean {
  const site = firstValue(request.headers['sec-fetch-site']);
  if (site !== undefined) return site === 'same-origin';

  const origin = firstValue(request.headers.origin);
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === addressedHost(request);
}

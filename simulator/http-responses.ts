// The kinds of answer the simulated server gives.

export function xmlResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/xml' },
  });
}

/** errors are one line of `text/plain`. */
export function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain' },
  });
}

export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** actions answer 204 without a body. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

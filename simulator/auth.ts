// HTTP Basic authentication and the two roles of the simulated server.
import { textResponse } from './http-responses.ts';

export type Role = 'admin' | 'viewer';

export interface User {
  readonly name: string;
  readonly role: Role;
}

export type Users = Readonly<
  Record<string, { readonly password: string; readonly role: Role }>
>;

export interface AuthOptions {
  readonly users: Users;
  /** Who a request without credentials acts as; unset means 401. */
  readonly anonymousUser?: User;
}

/**
 * REFERENCE §11. The denial text is the one XL Deploy shows when task
 * permissions are missing; the reference gives no other, so the simulator
 * sends it for refused actions too.
 */
export const DENIAL_MESSAGE =
  'Only user with task#view permission or owner or ADMIN can access the task';

function decodeBasic(header: string): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/**
 * The user of a request, or the 401 to answer. No `WWW-Authenticate` header
 * is sent: behind the dashboard's proxy it would make browsers prompt.
 */
export function authenticate(
  request: Request,
  options: AuthOptions,
): User | Response {
  const header = request.headers.get('Authorization');
  if (header === null && options.anonymousUser !== undefined) {
    return options.anonymousUser;
  }
  const credentials = header === null ? undefined : decodeBasic(header);
  const account =
    credentials === undefined ? undefined : options.users[credentials[0]];
  if (credentials === undefined || account?.password !== credentials[1]) {
    return textResponse(
      401,
      'Authentication failed: bad or missing credentials',
    );
  }
  return { name: credentials[0], role: account.role };
}

export function mayAct(user: User): boolean {
  return user.role === 'admin';
}

// The simulator's users. `admin` may do everything; `viewer` may read every
// task but act on none. Kept apart from the handlers so that the static demo,
// which acts for an anonymous admin, carries no password at all.
import type { Users } from './auth.ts';

export const DEFAULT_USERS: Users = {
  admin: { password: 'admin', role: 'admin' },
  viewer: { password: 'viewer', role: 'viewer' },
};

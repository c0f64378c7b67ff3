// The one client the query layer talks through: requests go to the proxy's
// `/deployit`, which adds the credentials.
import { createXldClient } from '../xld/client.ts';

export const xldClient = createXldClient();

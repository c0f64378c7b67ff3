// The applications, environments and people of the simulated team.

export interface Environment {
  readonly name: string;
  readonly id: string;
  /** Host name prefix of the environment's servers. */
  readonly hostPrefix: string;
}

export const ENVIRONMENTS = {
  DEV: { name: 'DEV', id: 'Environments/Dev/DEV', hostPrefix: 'dev' },
  TEST: { name: 'TEST', id: 'Environments/Dev/TEST', hostPrefix: 'tst' },
  ACC: { name: 'ACC', id: 'Environments/Acceptance/ACC', hostPrefix: 'acc' },
  PROD: { name: 'PROD', id: 'Environments/Production/PROD', hostPrefix: 'prd' },
} as const satisfies Record<string, Environment>;

export const ENVIRONMENT_LIST: readonly Environment[] =
  Object.values(ENVIRONMENTS);

export type Runtime = 'tomcat' | 'jboss' | 'kubernetes' | 'database';

export interface Application {
  readonly name: string;
  readonly runtime: Runtime;
  readonly artifact: string;
}

export const APPLICATIONS: readonly Application[] = [
  { name: 'PetPortal', runtime: 'jboss', artifact: 'PetClinic-ear' },
  { name: 'OrderService', runtime: 'tomcat', artifact: 'order-service-war' },
  {
    name: 'PaymentGateway',
    runtime: 'kubernetes',
    artifact: 'payment-gateway',
  },
  {
    name: 'CustomerPortal',
    runtime: 'tomcat',
    artifact: 'customer-portal-war',
  },
  { name: 'InventoryApi', runtime: 'kubernetes', artifact: 'inventory-api' },
  { name: 'LoyaltyPoints', runtime: 'tomcat', artifact: 'loyalty-points-war' },
  {
    name: 'NotificationHub',
    runtime: 'kubernetes',
    artifact: 'notification-hub',
  },
  { name: 'SearchIndexer', runtime: 'jboss', artifact: 'search-indexer-ear' },
  { name: 'WebShop', runtime: 'tomcat', artifact: 'webshop-war' },
  { name: 'BillingDb', runtime: 'database', artifact: 'billing-schema' },
];

export function application(name: string): Application {
  const found = APPLICATIONS.find((app) => app.name === name);
  if (found === undefined) throw new Error(`Unknown application ${name}`);
  return found;
}

export const OWNERS: readonly string[] = [
  'admin',
  'j.dekker',
  'm.okafor',
  's.lindqvist',
  'deploy-bot',
];

import { MaskError } from '../errors/mask-error.js';
import type { EntityCategory } from '../scanner/span.js';

/** Settings read from the environment. Explicit `MaskClient` options always win over these. */
export interface EnvConfig {
  /** `MASK_ENV=dev|development`: random keys and failing open are allowed (and announced). */
  readonly dev: boolean;
  /** `MASK_FAIL_STRATEGY=open|closed`. */
  readonly failStrategy: 'open' | 'closed' | undefined;
  /** `MASK_MASTER_KEY` or, if unset, `MASK_ENCRYPTION_KEY` (name of the variable that held it). */
  readonly keyVariable: 'MASK_MASTER_KEY' | 'MASK_ENCRYPTION_KEY' | undefined;
  /** `MASK_VAULT_TYPE`. @default 'memory' */
  readonly vaultType: string;
  /** `MASK_VAULT_TTL` in seconds. */
  readonly vaultTtlSeconds: number | undefined;
  /** `MASK_TENANT_ID`. */
  readonly tenant: string | undefined;
  /** `MASK_DLP_CATEGORIES`, comma separated. */
  readonly categories: readonly EntityCategory[] | undefined;
  /** `MASK_LANGUAGES`, comma separated; the first is the default scan language. */
  readonly languages: readonly string[] | undefined;
  /** `MASK_AUDIT_LOG`: a file to append the audit log to. */
  readonly auditLogPath: string | undefined;
  /** `MASK_AUDIT_MAX_BUFFER_SIZE`. */
  readonly auditMaxBufferSize: number | undefined;
  /** `MASK_SCANNER_TYPE` (`local`, `remote`, `rules_only`) and `MASK_SCANNER_URL`. */
  readonly scannerType: string | undefined;
  readonly scannerUrl: string | undefined;
  /** `MASK_NLP_MAX_WORKERS`, `MASK_NLP_TIMEOUT_SECONDS`. */
  readonly nlpMaxWorkers: number | undefined;
  readonly nlpTimeoutSeconds: number | undefined;
  /** The raw variables, for backend factories (`MASK_REDIS_URL`, ...). Only `MASK_*` names are kept. */
  readonly variables: Readonly<Record<string, string>>;
}

const CATEGORIES: ReadonlySet<string> = new Set([
  'FINANCIAL',
  'CONTACT',
  'PERSONAL',
  'HEALTHCARE',
  'IDENTITY_US',
  'IDENTITY_INTL',
  'VEHICLE',
  'CORPORATE',
  'SECRETS',
  'NETWORK',
]);

/** Reads `MASK_*` variables. Invalid values raise `CONFIG_INVALID` naming the variable (never its value). */
export function readEnvConfig(env: Readonly<Record<string, string | undefined>> = process.env): EnvConfig {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('MASK_') && value !== undefined && value !== '') variables[name] = value;
  }
  const list = (name: string) =>
    variables[name]
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const categories = list('MASK_DLP_CATEGORIES')?.map((category) => category.toUpperCase());
  if (categories?.some((category) => !CATEGORIES.has(category))) {
    throw new MaskError(
      'CONFIG_INVALID',
      `MASK_DLP_CATEGORIES must list categories among ${[...CATEGORIES].join(', ')}`,
    );
  }
  const failStrategy = variables.MASK_FAIL_STRATEGY?.toLowerCase();
  if (failStrategy !== undefined && failStrategy !== 'open' && failStrategy !== 'closed') {
    throw new MaskError('CONFIG_INVALID', 'MASK_FAIL_STRATEGY must be "open" or "closed"');
  }
  const environment = variables.MASK_ENV?.toLowerCase();
  return {
    dev: environment === 'dev' || environment === 'development',
    failStrategy,
    keyVariable: variables.MASK_MASTER_KEY
      ? 'MASK_MASTER_KEY'
      : variables.MASK_ENCRYPTION_KEY
        ? 'MASK_ENCRYPTION_KEY'
        : undefined,
    vaultType: (variables.MASK_VAULT_TYPE ?? 'memory').toLowerCase(),
    vaultTtlSeconds: positiveNumber(variables, 'MASK_VAULT_TTL'),
    tenant: variables.MASK_TENANT_ID,
    categories: categories as EntityCategory[] | undefined,
    languages: list('MASK_LANGUAGES'),
    auditLogPath: variables.MASK_AUDIT_LOG,
    auditMaxBufferSize: positiveNumber(variables, 'MASK_AUDIT_MAX_BUFFER_SIZE'),
    scannerType: variables.MASK_SCANNER_TYPE?.toLowerCase(),
    scannerUrl: variables.MASK_SCANNER_URL,
    nlpMaxWorkers: positiveNumber(variables, 'MASK_NLP_MAX_WORKERS'),
    nlpTimeoutSeconds: positiveNumber(variables, 'MASK_NLP_TIMEOUT_SECONDS'),
    variables,
  };
}

function positiveNumber(variables: Record<string, string>, name: string): number | undefined {
  const text = variables[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new MaskError('CONFIG_INVALID', `${name} must be a positive number`);
  return value;
}

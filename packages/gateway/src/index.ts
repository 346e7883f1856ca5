// Public API of @mask/gateway. Every export is listed by hand: this list is the semver surface.
export type { GatewayApiKey, GatewayPrincipal } from './auth/api-key-auth.js';
export { createGateway, type Gateway } from './create-gateway.js';
export type { GatewayLogger, GatewayOptions, GatewayUpstream } from './gateway-options.js';
export { gatewayOptionsFromEnv } from './gateway-options-from-env.js';
export { GatewayHttpError } from './http/http-error.js';
export type { RateLimitRule } from './limits/rate-limiter.js';
export { GatewayMetrics } from './metrics/gateway-metrics.js';
export {
  defaultStorePath,
  type GatewayStoreConfig,
  openGatewayStore,
  type StartGatewayOptions,
  startGateway,
} from './start-gateway.js';

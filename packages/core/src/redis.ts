// @mask/core/redis: subpath export (optional peer dependency).
export { RedisVault, type RedisVaultOptions } from './vault/redis-vault.js';

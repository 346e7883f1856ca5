// @mask/core/memcached: subpath export (optional peer dependency).
export { MemcachedVault, type MemcachedVaultOptions } from './vault/memcached-vault.js';

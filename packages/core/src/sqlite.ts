// @mask/core/sqlite: subpath export (optional peer dependency).
export { SqliteVault, type SqliteVaultOptions } from './vault/sqlite-vault.js';

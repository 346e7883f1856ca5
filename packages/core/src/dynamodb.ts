// @mask/core/dynamodb: subpath export (optional peer dependency).
export { DynamoDBVault, type DynamoDBVaultOptions } from './vault/dynamodb-vault.js';

// @mask/core/aws-kms: subpath export (optional peer dependency @aws-sdk/client-kms).
export { AwsKmsKeyProvider, type AwsKmsKeyProviderOptions } from './keys/aws-kms-key-provider.js';

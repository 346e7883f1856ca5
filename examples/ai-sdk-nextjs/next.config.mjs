/** @type {import('next').NextConfig} */
const nextConfig = {
  // Mask reaches optional backends (Redis, DynamoDB, KMS clients) through dynamic imports: keep it unbundled.
  serverExternalPackages: ['@mask/core', '@mask/ai-sdk'],
};

export default nextConfig;

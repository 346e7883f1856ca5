/** @type {import('next').NextConfig} */
const nextConfig = {
  // Mask reaches optional backends (Redis, DynamoDB, KMS clients) through dynamic imports that only load when
  // configured: load it from node_modules at run time instead of bundling it. Turbopack does not externalize
  // workspace packages (vercel/next.js#84388), so this example builds with webpack (`next build --webpack`).
  serverExternalPackages: ['@mask/core', '@mask/ai-sdk'],
  webpack: (config, { isServer }) => {
    if (isServer) config.externals = [...[config.externals ?? []].flat(), '@mask/core', '@mask/ai-sdk'];
    return config;
  },
};

export default nextConfig;

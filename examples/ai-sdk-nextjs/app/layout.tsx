import type { ReactNode } from 'react';

export const metadata = { title: 'Mask + AI SDK' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import type { MaskClient } from '@mask/core';
import { tool } from 'ai';
import { expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import { maskMiddleware, secureTools } from './index.js';

declare const client: MaskClient;

test('secureTools keeps every tool type, input and output included', () => {
  const tools = {
    lookup: tool({
      inputSchema: z.object({ email: z.string() }),
      execute: async ({ email }) => ({ email, found: true as const }),
    }),
    noExecute: tool({ inputSchema: z.object({ id: z.number() }) }),
  };
  const secured = secureTools(tools, { client });
  expectTypeOf(secured).toEqualTypeOf(tools);
  expectTypeOf(secured.lookup.execute).toEqualTypeOf(tools.lookup.execute);
});

test('maskMiddleware returns the LanguageModelMiddleware of the installed ai', () => {
  expectTypeOf(maskMiddleware({ client })).toEqualTypeOf<import('ai').LanguageModelMiddleware>();
});

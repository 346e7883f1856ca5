import { maskMiddleware, secureTools } from '@mask/ai-sdk';
import { stepCountIs, streamText, tool, wrapLanguageModel } from 'ai';
import { z } from 'zod';
import { getMask } from '../../../lib/mask';
import { scriptedModel } from '../../../lib/scripted-model';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const orders: Record<string, { phone: string; status: string }> = {
  'maria.garcia@acme-health.org': { phone: '+1 415-867-5309', status: 'out for delivery' },
};

export async function POST(request: Request) {
  const { chatId, message } = (await request.json()) as { chatId?: string; message?: string };
  if (typeof chatId !== 'string' || typeof message !== 'string') {
    return Response.json({ error: 'chatId and message are required strings' }, { status: 400 });
  }
  // One scope per conversation: tokens minted here do not decode in another chat.
  const client = getMask().withScope({ session: chatId });
  const model = wrapLanguageModel({ model: scriptedModel(), middleware: maskMiddleware({ client }) });
  const tools = secureTools(
    {
      lookupOrder: tool({
        description: 'Looks up the latest order of a customer by email address.',
        inputSchema: z.object({ email: z.string() }),
        // Runs on the real email; what it returns is tokenized before the model sees it.
        execute: async ({ email }) => ({ email, ...(orders[email] ?? { phone: 'unknown', status: 'not found' }) }),
      }),
    },
    { client },
  );
  const result = streamText({ model, prompt: message, tools, stopWhen: stepCountIs(3) });
  return result.toTextStreamResponse();
}

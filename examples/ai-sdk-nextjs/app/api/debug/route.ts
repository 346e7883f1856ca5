import { modelInputs } from '../../../lib/scripted-model';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** What the scripted model received. Only with MASK_EXAMPLE_DEBUG=1 (the smoke test sets it). */
export async function GET() {
  if (process.env.MASK_EXAMPLE_DEBUG !== '1') return new Response('not found', { status: 404 });
  return Response.json(modelInputs);
}

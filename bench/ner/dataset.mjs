// Loads ner-dev.json (Python code-point offsets) and converts every span to UTF-16 offsets.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DATASET_PATH =
  process.env.NER_DEV_JSON ?? join(here, '../../packages/core/test/__fixtures__/ner-dev.json');
export const EVALUATED_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];

/** Maps a code-point offset to a UTF-16 offset in `text`. */
export function codePointToUtf16(text, codePointOffset) {
  let utf16 = 0;
  let points = 0;
  while (points < codePointOffset && utf16 < text.length) {
    const code = text.codePointAt(utf16);
    utf16 += code > 0xffff ? 2 : 1;
    points++;
  }
  return utf16;
}

/**
 * Documents with gold spans in UTF-16 offsets. `half` is 'tune' or 'holdout': the split is by template_id
 * (even / odd), so context rules tuned on one half never saw the other half's sentence templates.
 */
export function loadDataset({ half } = {}) {
  const raw = JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
  const documents = [];
  for (const [index, record] of raw.entries()) {
    const template = Number(record.template_id ?? index);
    if (half === 'tune' && template % 2 !== 0) continue;
    if (half === 'holdout' && template % 2 !== 1) continue;
    const text = record.full_text;
    const gold = record.spans.map((span) => {
      const start = codePointToUtf16(text, span.start_position);
      const end = codePointToUtf16(text, span.end_position);
      return { type: span.entity_type, start, end };
    });
    documents.push({ id: index, text, gold });
  }
  return documents;
}

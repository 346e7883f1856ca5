import { wordsOf } from '../pii/field-context.js';

// A brand's name under a product's field: a brand (`{"brand": "Stanley"}`), a car's make (`{"make": "Toyota"}`), a
// manufacturer, a colour or a size. The NER engines read brands and firms as people, places and organisations
// (`Stanley` a person, `Toyota` a firm), and masking them broke catalogue and fleet agents (a red team's Shopify and
// vehicle records). The waterfall runs no NER engine on such a value; the pattern tier still reads it (a card
// number under `sku` is masked). Only a brand's shape is skipped: a sentence or a phrase with lower-case words
// (`M - for Shaniqua Thompson`) is read as any text, and so are keys that only end in such a word (`role_model`,
// `personal_brand`). Not `model` (a fashion model is a person) nor `material` (notes as often as fabrics).

/** A product's field, as wordsOf reads a key (`vehicleMake`: `vehicle make`): the last word. */
const PRODUCT_WORDS = new Set([
  'brand',
  'make',
  'manufacturer',
  'marca',
  'fabricante',
  'sku',
  'color',
  'colour',
  'size',
  'talla',
  'flavor',
  'flavour',
]);

/** Words a product's field may hold before its last (`product_brand`, `vehicle_make`, `variant_color`). */
const PRODUCT_HEADS = new Set(['product', 'producto', 'item', 'vehicle', 'car', 'variant', 'device', 'option']);

/** Lower-case words a brand's name holds (`Hudson & Pearl`, `Dolce and Gabbana`, `Casa de Campo`). */
const BRAND_JOINERS = new Set(['&', '+', '-', 'and', 'y', 'e', 'et', 'de', 'del', 'la', 'of', 'the']);

/**
 * Whether a value under `field` is a brand's name under a product's field: the key is such a word, maybe after a
 * product's word (see PRODUCT_HEADS), and the value at most four words and 40 characters, no sentence's
 * punctuation, every word capitalised, in capitals, a number or a joiner.
 */
export function isProductValue(field: string, value: string): boolean {
  const words = wordsOf(field);
  const last = words[words.length - 1];
  if (last === undefined || !PRODUCT_WORDS.has(last) || words.length > 2) return false;
  if (words.length === 2 && !PRODUCT_HEADS.has(words[0] as string)) return false;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 40 || /[.!?;:@/,()]/.test(trimmed)) return false;
  const parts = trimmed.split(/\s+/);
  return parts.length <= 4 && parts.every((part) => BRAND_JOINERS.has(part) || !/^\p{Ll}/u.test(part));
}

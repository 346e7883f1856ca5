import { wordsOf } from '../pii/field-context.js';

// Fields that describe a product, not a person: a brand (`{"brand": "Stanley"}`), a car's make and model (`{"make":
// "Toyota"}`), a manufacturer, a colour or a size. Their values are brands and firms the NER engines read as people,
// places and organisations (`Stanley` a person, `Toyota` a firm), and masking them broke catalogue and fleet agents
// (a red team's Shopify and vehicle records). The waterfall runs no NER engine on a value under such a key; the
// pattern tier still reads it (a card number under `model` is masked).

/** The last word of a product's field, as wordsOf reads a key (`vehicleMake`: `vehicle make`). */
const PRODUCT_WORDS = new Set([
  'brand',
  'make',
  'model',
  'manufacturer',
  'marca',
  'modelo',
  'fabricante',
  'sku',
  'color',
  'colour',
  'size',
  'talla',
  'material',
  'flavor',
  'flavour',
]);

/** Whether a field's value describes a product (its key's last word; see PRODUCT_WORDS). */
export function isProductField(field: string): boolean {
  const words = wordsOf(field);
  const last = words[words.length - 1];
  return last !== undefined && PRODUCT_WORDS.has(last);
}

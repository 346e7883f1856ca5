// Strict span-level precision / recall / F1: a prediction counts only when type, start and end all match.
// Predictions that overlap a gold span of a type outside the evaluation (ADDRESS, DATE_TIME, TITLE, ...)
// are ignored, neither right nor wrong: the set labels a city inside an address as ADDRESS only.
import { EVALUATED_TYPES } from './dataset.mjs';

export function evaluate(documents, predictionsFor) {
  const counts = Object.fromEntries(EVALUATED_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  for (const document of documents) {
    const predicted = predictionsFor(document).filter((span) => EVALUATED_TYPES.includes(span.type));
    const gold = document.gold.filter((span) => EVALUATED_TYPES.includes(span.type));
    const ignored = document.gold.filter((span) => !EVALUATED_TYPES.includes(span.type));
    const matched = new Set();
    for (const span of predicted) {
      const hit = gold.findIndex(
        (g, at) => !matched.has(at) && g.type === span.type && g.start === span.start && g.end === span.end,
      );
      if (hit >= 0) {
        matched.add(hit);
        counts[span.type].tp++;
      } else if (ignored.some((g) => span.start < g.end && g.start < span.end)) {
        // inside an ADDRESS or another type the set does not evaluate
      } else {
        counts[span.type].fp++;
        errors.push({ kind: 'FP', type: span.type, value: document.text.slice(span.start, span.end), id: document.id });
      }
    }
    gold.forEach((g, at) => {
      if (matched.has(at)) return;
      counts[g.type].fn++;
      errors.push({ kind: 'FN', type: g.type, value: document.text.slice(g.start, g.end), id: document.id });
    });
  }
  const scores = {};
  for (const [type, { tp, fp, fn }] of Object.entries(counts)) {
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    scores[type] = { precision, recall, f1, support: tp + fn, tp, fp, fn };
  }
  return { scores, errors };
}

// The playground page, bundled by esbuild into dist/playground/app.js. It talks only to the server it came from.

interface EntityView {
  type: string;
  start: number;
  end: number;
  score: number;
  token?: string;
}

interface AnalyzeResponse {
  format: 'text' | 'json';
  entities: EntityView[];
  tokenized: string;
  tokens: string[];
}

interface InfoResponse {
  categories: string[];
  engines: { id: string; label: string }[];
  notice?: string;
}

const SAMPLE = `Hi, this is Maria Gonzalez from Acme Corp. Please refund card 4111 1111 1111 1111 and
email the receipt to maria.gonzalez@example.com or call +44 20 7123 4567.
My SSN is 536-22-1487, IBAN DE89 3704 0044 0532 0130 00, server 192.168.10.24.`;

const session = crypto.randomUUID();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = byId<HTMLTextAreaElement>('input');
const engine = byId<HTMLSelectElement>('engine');
const categories = byId<HTMLFieldSetElement>('categories');
const statusLine = byId<HTMLSpanElement>('status');
const highlighted = byId<HTMLPreElement>('highlighted');
const legend = byId<HTMLDivElement>('legend');
const tokenized = byId<HTMLPreElement>('tokenized');
const answer = byId<HTMLTextAreaElement>('answer');
const rehydrated = byId<HTMLPreElement>('rehydrated');
const rehydrateStatus = byId<HTMLSpanElement>('rehydrate-status');

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mask-playground': '1' },
    body: JSON.stringify(body),
  });
  const data = (await response.json()) as T & { error?: { code: string; message: string } };
  if (!response.ok)
    throw new Error(data.error ? `${data.error.message} [${data.error.code}]` : `HTTP ${response.status}`);
  return data;
}

/** Distinct hues for the common types; others get a stable hue from their name. */
const HUES: Record<string, number> = {
  PERSON: 20,
  EMAIL_ADDRESS: 75,
  PHONE_NUMBER: 130,
  CREDIT_CARD: 185,
  IBAN_CODE: 265,
  US_SSN: 330,
  IP_ADDRESS: 220,
  LOCATION: 45,
  ORGANIZATION: 300,
};

/** A stable hue per entity type, so that one type has one color everywhere. */
function hueOf(type: string): number {
  if (HUES[type] !== undefined) return HUES[type];
  let hash = 0;
  for (let index = 0; index < type.length; index++) hash = (hash * 31 + type.charCodeAt(index)) >>> 0;
  return hash % 360;
}

function selectedCategories(): string[] {
  return [...categories.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);
}

function selectedFormat(): string {
  return document.querySelector<HTMLInputElement>('input[name=format]:checked')?.value ?? 'auto';
}

function renderHighlights(text: string, entities: EntityView[]): void {
  highlighted.replaceChildren();
  let cursor = 0;
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    if (entity.start < cursor) continue;
    highlighted.append(text.slice(cursor, entity.start));
    const mark = document.createElement('mark');
    mark.className = 'entity';
    mark.dataset.type = entity.type;
    mark.dataset.score = entity.score.toFixed(2);
    mark.style.setProperty('--hue', String(hueOf(entity.type)));
    mark.title = `${entity.type} (score ${entity.score.toFixed(2)})${entity.token ? ` -> ${entity.token}` : ''}`;
    mark.append(text.slice(entity.start, entity.end));
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = `${entity.type} ${entity.score.toFixed(2)}`;
    mark.append(label);
    highlighted.append(mark);
    cursor = entity.end;
  }
  highlighted.append(text.slice(cursor));

  const counts = new Map<string, number>();
  for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  legend.replaceChildren(
    ...[...counts].map(([type, count]) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.dataset.type = type;
      chip.style.setProperty('--hue', String(hueOf(type)));
      chip.textContent = `${type} × ${count}`;
      return chip;
    }),
  );
  if (entities.length === 0) legend.textContent = 'Nothing detected.';
}

function renderTokenized(text: string, tokens: string[]): void {
  tokenized.replaceChildren();
  const unique = [...new Set(tokens)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (unique.length === 0) {
    tokenized.textContent = text;
    return;
  }
  const escaped = unique.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    tokenized.append(text.slice(cursor, index));
    const span = document.createElement('span');
    span.className = 'token';
    span.textContent = match[0];
    tokenized.append(span);
    cursor = index + match[0].length;
  }
  tokenized.append(text.slice(cursor));
}

async function analyze(): Promise<void> {
  const text = input.value;
  statusLine.textContent = 'Detecting…';
  statusLine.classList.remove('error');
  try {
    const result = await post<AnalyzeResponse>('./api/analyze', {
      text,
      format: selectedFormat(),
      categories: selectedCategories(),
      engine: engine.value,
      session,
    });
    renderHighlights(text, result.entities);
    renderTokenized(result.tokenized, result.tokens);
    answer.value = result.tokenized;
    statusLine.textContent = `${result.entities.length} entit${result.entities.length === 1 ? 'y' : 'ies'} (${result.format})`;
  } catch (error) {
    statusLine.textContent = error instanceof Error ? error.message : 'failed';
    statusLine.classList.add('error');
  }
}

async function rehydrate(): Promise<void> {
  rehydrateStatus.textContent = 'Rehydrating…';
  rehydrateStatus.classList.remove('error');
  try {
    const result = await post<{ text: string; decoded: number; unknown: string[] }>('./api/rehydrate', {
      text: answer.value,
      session,
    });
    rehydrated.textContent = result.text;
    rehydrateStatus.textContent =
      `${result.decoded} token(s) decoded` +
      (result.unknown.length > 0 ? `, ${result.unknown.length} unknown left as text` : '');
  } catch (error) {
    rehydrateStatus.textContent = error instanceof Error ? error.message : 'failed';
    rehydrateStatus.classList.add('error');
  }
}

async function init(): Promise<void> {
  const info = (await (await fetch('./api/info')).json()) as InfoResponse;
  for (const option of info.engines) {
    const element = document.createElement('option');
    element.value = option.id;
    element.textContent = option.label;
    engine.append(element);
  }
  for (const category of info.categories) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = category;
    box.checked = true;
    label.append(box, ` ${category}`);
    categories.append(label);
  }
  if (info.notice) {
    const notice = byId<HTMLParagraphElement>('notice');
    notice.textContent = info.notice;
    notice.hidden = false;
  }
  document.body.dataset.ready = 'true';
}

byId<HTMLButtonElement>('analyze').addEventListener('click', () => void analyze());
byId<HTMLButtonElement>('rehydrate').addEventListener('click', () => void rehydrate());
byId<HTMLButtonElement>('sample').addEventListener('click', () => {
  input.value = SAMPLE;
  void analyze();
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void analyze();
});
void init();

export {};

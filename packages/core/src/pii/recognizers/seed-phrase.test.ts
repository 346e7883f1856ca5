import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';
import { findSeedPhrases } from './seed-phrase.js';

// Test vectors of the BIP39 reference implementation (trezor/python-mnemonic, vectors.json, English).
const VECTOR_12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const VECTOR_12_ZERO = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const VECTOR_18 =
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always';
const VECTOR_24 =
  'void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold';

const scanner = new PatternScanner();

function found(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'CRYPTO_SEED_PHRASE')
    .map((span) => text.slice(span.start, span.end));
}

/** The text's phrases as the finder alone reads them (no trigger gate). */
function finds(text: string): string[] {
  return [...findSeedPhrases(text)].map((candidate) => text.slice(candidate.start, candidate.end));
}

/** A deterministic pseudo-random word index stream (xorshift), so that failures reproduce. */
function randomIndexes(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % 2048;
  };
}

describe('CRYPTO_SEED_PHRASE', () => {
  it('finds the BIP39 test vectors and generated mnemonics of every length, labelled', () => {
    expect(validateMnemonic(VECTOR_24, wordlist)).toBe(true);
    for (const phrase of [VECTOR_12, VECTOR_12_ZERO, VECTOR_18, VECTOR_24]) {
      expect(found(`seed phrase: ${phrase}`)).toEqual([phrase]);
    }
    for (const strength of [128, 160, 192, 224, 256]) {
      for (let round = 0; round < 40; round++) {
        const phrase = generateMnemonic(wordlist, strength);
        expect(found(`mnemonic = "${phrase}"`), phrase).toEqual([phrase]);
      }
    }
  });

  it('reports a run of list words exactly when validateMnemonic accepts it', () => {
    const next = randomIndexes(0x5eed);
    let valid = 0;
    for (let round = 0; round < 3000; round++) {
      const words = Array.from({ length: 12 }, () => wordlist[next()] as string).join(' ');
      const accepted = validateMnemonic(words, wordlist);
      if (accepted) valid++;
      expect(finds(`seed: ${words}`), words).toEqual(accepted ? [words] : []);
    }
    // One in 16 runs of 12 random words holds its checksum: both outcomes were tested.
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(300);
  });

  it('reads the usual layouts: spaces, line breaks, numbered lists, commas, JSON', () => {
    const words = VECTOR_12.split(' ');
    const layouts = [
      words.join('  '),
      words.join('\n'),
      words.join('\r\n'),
      `${words.slice(0, 4).join(' ')}\n${words.slice(4, 8).join(' ')}\n${words.slice(8).join(' ')}`,
      words.map((word, index) => `${index + 1}. ${word}`).join(' '),
      words.map((word, index) => `${index + 1}. ${word}`).join('\n'),
      words.map((word, index) => `${String(index + 1).padStart(2, '0')}) ${word}`).join('\n'),
      words.map((word, index) => `${index + 1} - ${word}`).join('\n'),
      words.map((word, index) => `| ${index + 1} | ${word} |`).join('\n'),
      words.join(', '),
      words.join(','),
      JSON.stringify(words),
      JSON.stringify(JSON.stringify(words)),
      `'${words.join("', '")}'`,
    ];
    for (const layout of layouts) {
      const text = `Your secret recovery phrase:\n${layout}\n`;
      const values = found(text);
      expect(values, JSON.stringify(layout)).toHaveLength(1);
      // The span runs from the first word to the last.
      const value = values[0] as string;
      expect(value.startsWith('legal'), JSON.stringify(layout)).toBe(true);
      expect(value.endsWith('yellow'), JSON.stringify(layout)).toBe(true);
    }
    expect(found(`{"wallet": {"mnemonic": "${VECTOR_24}"}}`)).toEqual([VECTOR_24]);
    expect(found(`MNEMONIC=${VECTOR_12}\nRPC_URL=http://localhost:8545`)).toEqual([VECTOR_12]);
  });

  it('takes words in capitals or capitalized (wallets take any case), not in mixed case', () => {
    expect(found(`Seed phrase: ${VECTOR_12.toUpperCase()}`)).toEqual([VECTOR_12.toUpperCase()]);
    const capitalized = VECTOR_12.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
    expect(found(`Seed phrase: ${capitalized}`)).toEqual([capitalized]);
    expect(found(`Seed phrase: ${VECTOR_12.replace('legal', 'lEgal')}`)).toEqual([]);
  });

  it('leaves out label words before a phrase and the words after it', () => {
    // `seed` and `phrase` are list words: the run starts with them. A window shifted onto a label word may hold
    // its checksum by chance (here `phrase void … amazing`, 15 words, one chance in 32): it is joined to the phrase,
    // never chosen instead of it (which would leave the phrase's last words out).
    expect(validateMnemonic(`phrase ${VECTOR_24.split(' ').slice(0, 14).join(' ')}`, wordlist)).toBe(true);
    expect(found(`my wallet seed phrase ${VECTOR_24} is it`)).toEqual([`phrase ${VECTOR_24}`]);
    expect(found(`my wallet seed phrase: ${VECTOR_24} is it`)).toEqual([VECTOR_24]);
    expect(found(`seed phrase ${VECTOR_12_ZERO}. Keep it safe`)).toEqual([VECTOR_12_ZERO]);
    // Two phrases one after the other, in one run: both are covered (here as one span, a window across both
    // holding its checksum by chance); with a label each, each is its own span.
    const both = `${VECTOR_12}\n${VECTOR_12_ZERO}`;
    expect(found(`mnemonics:\n${both}\n`)).toEqual([both]);
    expect(found(`mnemonic 1: ${VECTOR_12}\nmnemonic 2: ${VECTOR_12_ZERO}\n`)).toEqual([VECTOR_12, VECTOR_12_ZERO]);
    // A phrase followed by more list words without a stop is still covered whole.
    const [value] = found(`wallet ${VECTOR_12} then keep paper`);
    expect(value?.startsWith(VECTOR_12)).toBe(true);
  });

  it('reports no near miss', () => {
    const words = VECTOR_12.split(' ');
    // 11 words, and 11 + 1 with a wrong checksum word.
    expect(found(`seed phrase: ${words.slice(0, 11).join(' ')}`)).toEqual([]);
    expect(validateMnemonic([...words.slice(0, 11), 'year'].join(' '), wordlist)).toBe(false);
    expect(found(`seed phrase: ${[...words.slice(0, 11), 'year'].join(' ')}`)).toEqual([]);
    // A word not in the list (`bitcoin`), and a list word glued to a digit or `_`.
    expect(found(`seed phrase: ${[...words.slice(0, 10), 'bitcoin', 'yellow'].join(' ')}`)).toEqual([]);
    expect(found(`seed phrase: ${VECTOR_12.replace('yellow', 'yellow2')}`)).toEqual([]);
    expect(found(`seed phrase: ${VECTOR_12.replace(' thank', '_thank')}`)).toEqual([]);
    // Joined by something no phrase is written with.
    expect(found(`seed phrase: ${words.join('-')}`)).toEqual([]);
    expect(found(`seed phrase: ${words.join('. ')}`)).toEqual([]);
    expect(found(`seed phrase: ${words.join(' 2024 ')}`)).toEqual([]);
    // `abandon` twelve times fails its checksum (the zero entropy's last word is `about`).
    expect(found(`mnemonic: ${'abandon '.repeat(12)}`)).toEqual([]);
    // A word list (more than 64 list words in a run) is no phrase, even when it holds one.
    expect(found(`wordlist: ${wordlist.slice(0, 100).join('\n')}\n${VECTOR_12}`)).toEqual([]);
  });

  it('reports no prose or list of list words whose checksum fails', () => {
    const texts = [
      'you can also help this young team win another game this summer',
      'fresh bread honey cheese warm milk juice coffee sugar salad lemon orange banana apple',
      'crystal water over smooth stone under bright summer sun near old village',
    ];
    for (const text of texts) {
      const words = text.split(' ');
      // Every word is a list word, and no window of the lengths a phrase has holds its checksum.
      expect(
        words.every((word) => wordlist.includes(word)),
        text,
      ).toBe(true);
      for (const count of [12, 15, 18, 21, 24]) {
        for (let first = 0; first + count <= words.length; first++) {
          expect(validateMnemonic(words.slice(first, first + count).join(' '), wordlist)).toBe(false);
        }
      }
      expect(found(`My wallet seed phrase story: ${text}.`)).toEqual([]);
    }
  });

  it('runs only in a text that names a phrase, mnemonic, seed or wallet (an unlabelled phrase is not read)', () => {
    expect(found(VECTOR_12)).toEqual([]);
    expect(found(`here it is: ${VECTOR_24}`)).toEqual([]);
    for (const label of [
      'Mnemonic',
      'SEED',
      'recovery phrase',
      'Wallet',
      'BIP39',
      'bip-39',
      'frase semilla',
      'MetaMask',
    ]) {
      expect(found(`${label}: ${VECTOR_12}`), label).toEqual([VECTOR_12]);
    }
    // The finder on its own reads the phrase.
    expect(finds(VECTOR_12)).toEqual([VECTOR_12]);
  });

  it('never carries the phrase in a span', () => {
    const [span] = scanner.scanSync(`seed: ${VECTOR_12}`);
    expect(span).toEqual({
      type: 'CRYPTO_SEED_PHRASE',
      start: 6,
      end: 6 + VECTOR_12.length,
      score: 0.9,
      recognizer: 'seed-phrase',
    });
  });
});

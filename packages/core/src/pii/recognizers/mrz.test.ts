import { describe, expect, it } from 'vitest';
import { testKey } from '../../../test/helpers.js';
import { MaskClient } from '../../client/mask-client.js';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The spans of `text`, as [type, value]. */
function found(text: string): [string, string][] {
  return scanner.scanSync(text).map((span) => [span.type, text.slice(span.start, span.end)]);
}

// The specimens of ICAO Doc 9303 (parts 4, 5 and 6): a passport (TD3), an identity card (TD1) and a TD2 card.
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];

/** `line` with the character at `at` replaced. */
function replaced(line: string, at: number, character: string): string {
  return line.slice(0, at) + character + line.slice(at + 1);
}

describe('machine-readable zones (ICAO 9303)', () => {
  it("reads a passport's names, number, birth date and personal number by their places, not its other fields", () => {
    expect(found(`Passport scan OCR:\n${TD3.join('\n')}`)).toEqual([
      ['PERSON', 'ERIKSSON'],
      ['PERSON', 'ANNA<MARIA'],
      ['PASSPORT', 'L898902C3'],
      ['DATE_OF_BIRTH', '740812'],
      ['ID_DOCUMENT_NUMBER', 'ZE184226B'],
    ]);
  });

  it("reads an identity card's zone in three lines of 30 (TD1) and two of 36 (TD2)", () => {
    const card = [
      ['ID_DOCUMENT_NUMBER', 'D23145890'],
      ['DATE_OF_BIRTH', '740812'],
      ['PERSON', 'ERIKSSON'],
      ['PERSON', 'ANNA<MARIA'],
    ];
    expect(found(TD1.join('\n'))).toEqual(card);
    expect(found(TD1.join('\r\n'))).toEqual(card);
    expect(found(TD2.join('\n'))).toEqual([
      ['PERSON', 'ERIKSSON'],
      ['PERSON', 'ANNA<MARIA'],
      ['ID_DOCUMENT_NUMBER', 'D23145890'],
      ['DATE_OF_BIRTH', '740812'],
    ]);
  });

  it('reads a zone whose lines an OCR joined with a space or a JSON string escaped, and one misread check', () => {
    expect(found(TD3.join(' ')).map(([type]) => type)).toContain('PASSPORT');
    expect(found(`{"mrz":"${TD3.join('\\n')}"}`).map(([type]) => type)).toContain('PASSPORT');
    // The birth date's check digit misread (2 -> Z): the number's and the expiry's still hold.
    expect(found([TD3[0], replaced(TD3[1] as string, 19, 'Z')].join('\n')).map(([type]) => type)).toContain('PASSPORT');
  });

  it('reads nothing where the check digits do not hold, the widths differ or the lines are apart', () => {
    // Two of the three field checks wrong.
    const twoWrong = replaced(replaced(TD3[1] as string, 9, '7'), 19, '3');
    expect(found([TD3[0], twoWrong].join('\n'))).toEqual([]);
    // An impossible birth date (month 13) with its check digit recomputed still is no zone.
    expect(found([TD3[0], replaced(replaced(TD3[1] as string, 15, '3'), 16, '4')].join('\n'))).toEqual([]);
    // A passport code in the TD1 width, lines of two widths, and lines with prose between them.
    expect(found([replaced(TD1[0] as string, 0, 'P'), TD1[1], TD1[2]].join('\n'))).toEqual([]);
    expect(found([TD3[0], TD2[1]].join('\n'))).toEqual([]);
    expect(found(`${TD3[0]}\nand then\n${TD3[1]}`)).toEqual([]);
    // Capitals and digits of the zone's widths that are no zone: hashes, base32, C++ output.
    expect(found(`${'A3F9'.repeat(11)}\n${'7D2C'.repeat(11)}`)).toEqual([]);
    expect(found(`JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK\nMZXW6YTBOI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<`)).toEqual(
      [],
    );
    expect(found('std::cout << "P<" << name << std::endl;')).toEqual([]);
  });

  it('keeps every value of a scanned passport from the model, and gives them back to the tool', async () => {
    const client = new MaskClient({ env: { MASK_MASTER_KEY: testKey() }, logger: { warn: () => undefined } });
    const result = { document: 'passport', ocr: TD3.join('\n') };
    const safe = await client.deepEncode(result);
    for (const value of ['ERIKSSON', 'ANNA<MARIA', 'L898902C3', '740812', 'ZE184226B']) {
      expect(JSON.stringify(safe)).not.toContain(value);
    }
    expect(await client.deepDecode(safe)).toEqual(result);
  });
});

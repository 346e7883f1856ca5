import { foldKey } from '../../ner/fold.js';
import {
  CITY,
  COMMON_WORD,
  COUNTRY,
  FIRST_NAME,
  LAST_NAME,
  loadLexicon,
  NOT_A_NAME,
  ORGANIZATION,
} from '../../ner/lexicon.js';
import type { Candidate, Recognizer } from '../recognizer.js';

// A person's name in a document's file name: drives, mail attachments and `ls` list them by whom they are about
// (`Medical_Records_Shaniqua_Thompson_2025.pdf`, `passport scan - Olumide Balogun.jpg`, `Offer Letter - Marquis
// Delacroix-Hughes.docx`). The NER engine reads prose, and leaves a name glued to `_` or to an extension to the
// pattern tier: a known given name, capitalised, then a family name (known, or capitalised and no ordinary word,
// place or organisation) is read as a person's, its words apart by `_`, a space or `.`.

/** The extensions of documents and images people are named in. */
const FILE_NAME_END = /\.(?:pdf|docx?|xlsx?|csv|jpe?g|png|heic|tiff?|txt|pptx?|odt|rtf|msg|eml|zip)\b/gi;
/** How far back from its extension a file name may start. */
const STEM_REACH = 160;
/** A word of a stem: letters (accents, apostrophes and hyphens inside: `O'Brien`, `Delacroix-Hughes`). */
const STEM_WORD = /\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*/gu;

/** Whether a file name's stem stops before `code`: a path's slash, a quote, a bracket, a line break, a tab. */
function endsStem(code: number): boolean {
  return (
    code === 47 ||
    code === 92 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 10 ||
    code === 13 ||
    code === 9 ||
    code === 40 ||
    code === 91 ||
    code === 123 ||
    code === 60 ||
    code === 62 ||
    code === 124 ||
    code === 58
  );
}

function* findFileNameNames(text: string): Iterable<Candidate> {
  const lexicon = loadLexicon();
  FILE_NAME_END.lastIndex = 0;
  let from = 0;
  for (let end = FILE_NAME_END.exec(text); end !== null; end = FILE_NAME_END.exec(text)) {
    let start = end.index;
    const floor = Math.max(from, end.index - STEM_REACH);
    while (start > floor && !endsStem(text.charCodeAt(start - 1))) start--;
    from = end.index;
    const stem = text.slice(start, end.index);
    // Words one separator apart (`_`, a space, `.`, ` - `): a given name known as one, then a family name.
    STEM_WORD.lastIndex = 0;
    const words = [...stem.matchAll(STEM_WORD)];
    for (let index = 0; index + 1 < words.length; index++) {
      const given = words[index] as RegExpMatchArray;
      const family = words[index + 1] as RegExpMatchArray;
      const givenEnd = (given.index as number) + given[0].length;
      const gap = stem.slice(givenEnd, family.index);
      if (!/^(?:[_ .]|\s?-\s?)$/.test(gap) || given[0] === given[0].toUpperCase()) continue;
      const givenKinds = lexicon.kinds(foldKey(given[0]));
      if ((givenKinds & FIRST_NAME) === 0 || (givenKinds & (COMMON_WORD | ORGANIZATION)) !== 0) continue;
      const familyKey = foldKey(family[0]);
      const familyKinds = lexicon.kinds(familyKey.slice(familyKey.lastIndexOf('-') + 1));
      const knownFamily = (familyKinds & LAST_NAME) !== 0;
      if (!knownFamily && ((familyKinds & NOT_A_NAME) !== 0 || family[0].length < 3)) continue;
      // A given name that is a place too (`Ngozi`, `Madison`, `Austin`) only before a known family name
      // (`Madison_Crossbody_Bag.pdf` is a product's).
      if ((givenKinds & (CITY | COUNTRY)) !== 0 && !knownFamily) continue;
      yield {
        start: start + (given.index as number),
        end: start + (family.index as number) + family[0].length,
        score: 0.85,
      };
      index++;
    }
  }
}

/** PERSON: a given and a family name in a document's file name (`Medical_Records_Shaniqua_Thompson_2025.pdf`). */
export const fileNamePersonRecognizer: Recognizer = {
  name: 'file-name-person',
  entity: 'PERSON',
  category: 'PERSONAL',
  find: findFileNameNames,
  caseInsensitiveTriggers: [
    '.pdf',
    '.doc',
    '.xls',
    '.csv',
    '.jp',
    '.png',
    '.heic',
    '.tif',
    '.txt',
    '.ppt',
    '.odt',
    '.rtf',
    '.msg',
    '.eml',
    '.zip',
  ],
  description:
    'a known given name and a family name, apart by `_`, a space or a dot, in the name of a document or image file',
};

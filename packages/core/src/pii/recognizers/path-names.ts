import { readsAsPersonName, usernameReadsAsName } from '../named-fields.js';
import type { Candidate, Recognizer } from '../recognizer.js';

// A path names a person where its segment is a person's own: a home directory (`C:\Users\Wanjiru.Okonkwo\AppData`,
// `/home/chidi.okafor/`, `/Users/Jane Doe/`), as stack traces, build logs and crash reports print them, or a
// person's page under a collection of people (`/api/users/wanjiru-okonkwo/profile`, `/team/jane-doe`,
// `/patients/sarah-miller-1985-03-14/records`, the slug's number after the name). The NER
// engine reads no names inside paths, and a handle alone is no name: a segment counts when it spells one, as a
// username key's value does (see usernameReadsAsName: two or three known name words joined by `.`, `_` or `-`;
// `runner`, `ubuntu`, `jdoe`, `12345` stay), or capitalised words that read as a person's name, known to the
// gazetteers or not (`Wanjiru.Okonkwo`, and in a Windows profile folder `Jane Doe`).

/** The folders a person's segment follows; Windows' `Users` also escaped, as JSON writes it (`C:\\Users\\…`). */
const PERSON_SEGMENT =
  /(?:\/(?:home|Users|users|people|members|customers|clients|patients|contacts|students|applicants|candidates|profiles|employees|team|staff|authors)\/|\\{1,2}Users\\{1,2})([\p{L}][\p{L}\p{M}.'_ -]{1,62}[\p{L}])(?=[/\\"'?#&\s,;)\]]|-\d|$)/gu;

function* personSegments(text: string): Iterable<Candidate> {
  PERSON_SEGMENT.lastIndex = 0;
  for (let match = PERSON_SEGMENT.exec(text); match !== null; match = PERSON_SEGMENT.exec(text)) {
    const windows = match[0].startsWith('\\');
    // Only a Windows profile folder holds a space (`C:\Users\Jane Doe`); elsewhere the segment ends at one.
    const whole = match[1] as string;
    const segment = windows ? whole : (whole.split(' ')[0] as string);
    // A handle that spells known names (`chidi.okafor`), or capitalised words that read as a name, known or not
    // (`Wanjiru.Okonkwo`, `Jane Doe`; `All Users`, `Default.Migrated` stay).
    const named = usernameReadsAsName(segment) || readsAsPersonName(segment.replace(/[._-]/g, ' '), 2, false);
    if (!named) continue;
    const start = match.index + match[0].length - whole.length;
    yield { start, end: start + segment.length, score: 0.85 };
  }
}

/** PERSON: a home directory's or a person's page's path segment that spells a name. */
export const pathNameRecognizer: Recognizer = {
  name: 'path-name',
  entity: 'PERSON',
  category: 'PERSONAL',
  find: personSegments,
  triggers: [
    '/home/',
    '/Users/',
    '\\Users\\',
    '/users/',
    '/people/',
    '/members/',
    '/customers/',
    '/clients/',
    '/patients/',
    '/contacts/',
    '/students/',
    '/applicants/',
    '/candidates/',
    '/profiles/',
    '/employees/',
    '/team/',
    '/staff/',
    '/authors/',
  ],
  description:
    "a home directory's or a person's page's path segment that spells a name (C:\\Users\\Wanjiru.Okonkwo, /home/chidi.okafor, /users/jane-doe)",
};

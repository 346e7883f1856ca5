import type { Recognizer } from '../recognizer.js';

// A LinkedIn profile address (`linkedin.com/in/jane-e-morrison`) names one person: the member's own address, most
// often spelled from their name, and a search away from their employer, city and photo. Résumés, CRM contacts,
// recruiting tools and e-mail signatures carry it, and the NER engine reads no names inside URLs. The profile's
// identifier (what follows `/in/`, or `/pub/` in older addresses) is reported as PERSON, so the address keeps its
// shape (`linkedin.com/in/[PERSON_1]`) and decodes back whole.
//
// Other networks' first path segment is as often a brand's, a page's or a product's (`x.com/github`,
// `instagram.com/nike`), and a handle alone is no name (see usernameReadsAsName): only LinkedIn's `/in/` is read.

/** The profile identifier after `linkedin.com/in/` (any subdomain: `www.`, `uk.`), 3 to 100 characters. */
const LINKEDIN_PROFILE =
  /(?<![\w-])(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/([\p{L}\p{N}%_-]{3,100})(?![\p{L}\p{N}%_-])/giu;

/** PERSON: the member identifier of a LinkedIn profile address. */
export const linkedinProfileRecognizer: Recognizer = {
  name: 'linkedin-profile',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [{ regex: LINKEDIN_PROFILE, score: 0.85, group: 1 }],
  caseInsensitiveTriggers: ['linkedin.com/'],
  description: 'the member identifier of a LinkedIn profile address (linkedin.com/in/jane-e-morrison)',
};

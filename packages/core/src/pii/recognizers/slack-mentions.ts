import { readsAsPersonName, usernameReadsAsName } from '../named-fields.js';
import type { MatchContext, Recognizer } from '../recognizer.js';

// Slack's mention of a user as its API and exports write one: `<@U024BE7LH|marisol.ventura>`, the member id and the
// name shown for them. The id is no one's data outside the workspace; the name after the bar is a person's handle or
// display name, read as a login or a name is under its key (a handle that spells a name: `marisol.ventura`; a
// name that reads as one: `Marisol Ventura`). `<@U024BE7LH|deploy-bot>` stays.
const SLACK_MENTION = /<@[UW][A-Z0-9]{6,12}\|([^<>|\n]{1,80})>/g;

function namesPerson(name: string, _match: MatchContext): boolean {
  return usernameReadsAsName(name) || readsAsPersonName(name);
}

/** PERSON: the name in a Slack user mention (`<@U024BE7LH|marisol.ventura>`). */
export const slackMentionRecognizer: Recognizer = {
  name: 'slack-mention',
  entity: 'PERSON',
  category: 'PERSONAL',
  patterns: [{ regex: SLACK_MENTION, score: 0.85, group: 1 }],
  validate: namesPerson,
  triggers: ['<@'],
  description: "the name after the bar of a Slack user mention, when it spells a person's name",
};

import type { Recognizer } from '../recognizer.js';
import { prefixedKey } from '../validators/placeholder-key.js';

/** GITHUB_TOKEN: classic/OAuth/app/refresh tokens (`ghp_` etc. + 36) and fine-grained `github_pat_` tokens. */
export const githubTokenRecognizer: Recognizer = {
  name: 'github-token',
  entity: 'GITHUB_TOKEN',
  category: 'SECRETS',
  patterns: [
    { regex: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g, score: 0.95 },
    { regex: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g, score: 0.95 },
  ],
  validate: prefixedKey,
  triggers: ['gh', 'github_pat_'],
  description: 'gh[pousr]_ + 36 base62, github_pat_ + 82',
};

/** GITLAB_TOKEN: personal/project/deploy/runner/feed/... tokens with GitLab's `gl…-` prefixes. */
export const gitlabTokenRecognizer: Recognizer = {
  name: 'gitlab-token',
  entity: 'GITLAB_TOKEN',
  category: 'SECRETS',
  patterns: [
    { regex: /\bgl(?:pat|ptt|dt|rt|soat|ft|imt|agent|oas|cbt)-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])/g, score: 0.95 },
    { regex: /\bGR1348941[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])/g, score: 0.9 },
  ],
  validate: prefixedKey,
  triggers: ['gl', 'R1348'],
  description: 'glpat-/glptt-/gldt-/glrt-/... + 20+ characters, runner registration tokens',
};

/** NPM_TOKEN: npm automation/publish tokens. */
export const npmTokenRecognizer: Recognizer = {
  name: 'npm-token',
  entity: 'NPM_TOKEN',
  category: 'SECRETS',
  patterns: [{ regex: /\bnpm_[A-Za-z0-9]{36}\b/g, score: 0.95 }],
  validate: prefixedKey,
  triggers: ['npm_'],
  description: 'npm_ + 36 base62',
};

import { MaskError } from '../errors/mask-error.js';
import type { EntityType } from '../scanner/span.js';

/** Entity types a rule names. `'*'` stands for every type. */
export type EntityTypeList = readonly (EntityType | '*')[];

/**
 * Entity types for a tool: one list for every argument, or a map from an argument path pattern to a list.
 *
 * Path patterns are dot-separated segments matched against the argument path, and cover everything below the
 * path they name: `to`, `message.body`, `recipients.*.email` (`*` matches exactly one segment, array indices
 * included), `**.email` (`**` matches any number of segments, zero included), `**` (every path).
 */
export type EntityTypeRule = EntityTypeList | Readonly<Record<string, EntityTypeList>>;

/** What one tool may receive in the clear. `deny` wins over `allow`. */
export interface ToolDecodeRule {
  /**
   * Types decoded into this tool's arguments. When present it is an allow-list: a token whose type (at that
   * path) is not listed stays a token.
   * @default every type (unless `deny` says otherwise)
   */
  readonly allow?: EntityTypeRule;
  /** Types never decoded into this tool's arguments (at those paths). @default none */
  readonly deny?: EntityTypeRule;
}

/** Configuration of a {@link DecodePolicy}. */
export interface DecodePolicyOptions {
  /**
   * Rule for every tool that `tools` does not list: `'allow'` decodes everything, `'deny'` nothing.
   * @default 'allow'
   */
  readonly default?: 'allow' | 'deny' | ToolDecodeRule;
  /**
   * Rules per tool name. `'allow'` / `'deny'` are shorthands for everything / nothing. A name with `*` is a glob
   * (`crm_*`, `*_search`); an exact name wins over globs, and the first matching glob (in key order) applies.
   * @default {}
   */
  readonly tools?: Readonly<Record<string, ToolDecodeRule | 'allow' | 'deny'>>;
  /** Types never decoded into any tool, whatever the tool rules say (API keys, passwords, ...). @default [] */
  readonly deny?: EntityTypeList;
}

/** One token the client is about to decode, as `DetokenizeOptions.allow` receives it. */
export interface DecodeRequest {
  readonly token: string;
  readonly type: EntityType;
  readonly path: readonly (string | number)[];
}

type Segment = string;
interface CompiledRule {
  readonly allow: readonly CompiledEntry[] | undefined;
  readonly deny: readonly CompiledEntry[];
}
interface CompiledEntry {
  /** undefined: every path. */
  readonly pattern: readonly Segment[] | undefined;
  readonly types: ReadonlySet<string>;
}

const TYPE_NAME = /^(?:\*|[A-Z][A-Z0-9_]*)$/;
const SEGMENT = /^(?:\*\*|\*|[^.*]+)$/;

/**
 * Decides which entity types may be decoded into which tool arguments, so that a prompt injection cannot make
 * `send_email` or `http_get` carry a decoded SSN out. A refused token stays a token; the client reports it in
 * the audit log (`policy_denied`). Plug it into `DetokenizeOptions.allow` with {@link DecodePolicy.forTool},
 * or hand it to an adapter (`secureTool(tool, { policy })`).
 *
 * @example
 * import { DecodePolicy } from '@mask/core';
 * const policy = new DecodePolicy({
 *   tools: {
 *     send_email: { allow: { to: ['EMAIL_ADDRESS'], body: ['PERSON'] } },
 *     http_get: 'deny',
 *   },
 *   deny: ['API_KEY'],
 * });
 * await client.deepDecode(args, { allow: policy.forTool('send_email') });
 */
export class DecodePolicy {
  readonly #defaultRule: CompiledRule;
  readonly #tools: ReadonlyMap<string, CompiledRule>;
  readonly #toolGlobs: readonly { readonly pattern: RegExp; readonly rule: CompiledRule }[];
  readonly #globalDeny: ReadonlySet<string>;

  constructor(options: DecodePolicyOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new MaskError('CONFIG_INVALID', 'decode policy options must be an object');
    }
    this.#defaultRule = compileRule(options.default ?? 'allow', 'default');
    const tools = new Map<string, CompiledRule>();
    const globs: { pattern: RegExp; rule: CompiledRule }[] = [];
    for (const [name, rule] of Object.entries(options.tools ?? {})) {
      if (name.length === 0) throw new MaskError('CONFIG_INVALID', 'decode policy: empty tool name');
      const compiled = compileRule(rule, `tools.${name}`);
      if (name.includes('*')) globs.push({ pattern: globToRegExp(name), rule: compiled });
      else tools.set(name, compiled);
    }
    this.#tools = tools;
    this.#toolGlobs = globs;
    this.#globalDeny = compileTypes(options.deny ?? [], 'deny');
  }

  /** A policy that decodes every type into every tool (the behaviour without a policy). */
  static allowAll(): DecodePolicy {
    return new DecodePolicy({ default: 'allow' });
  }

  /** A policy that decodes nothing: tools receive tokens only. */
  static denyAll(): DecodePolicy {
    return new DecodePolicy({ default: 'deny' });
  }

  /** Whether a token of `type` at argument `path` may be decoded for `tool`. */
  isAllowed(tool: string, type: EntityType, path: readonly (string | number)[] = []): boolean {
    if (this.#globalDeny.has('*') || this.#globalDeny.has(type)) return false;
    const rule =
      this.#tools.get(tool) ?? this.#toolGlobs.find((glob) => glob.pattern.test(tool))?.rule ?? this.#defaultRule;
    const segments = path.map(String);
    if (rule.deny.some((entry) => entryMatches(entry, type, segments))) return false;
    if (rule.allow === undefined) return true;
    return rule.allow.some((entry) => entryMatches(entry, type, segments));
  }

  /**
   * The `DetokenizeOptions.allow` callback for one tool.
   *
   * @example
   * const args = await client.deepDecode(rawArgs, { allow: policy.forTool('send_email') });
   */
  forTool(tool: string): (request: DecodeRequest) => boolean {
    return (request) => this.isAllowed(tool, request.type, request.path);
  }
}

/** Builds a {@link DecodePolicy}; the same as `new DecodePolicy(options)`. */
export function createDecodePolicy(options: DecodePolicyOptions = {}): DecodePolicy {
  return new DecodePolicy(options);
}

function compileRule(rule: ToolDecodeRule | 'allow' | 'deny', where: string): CompiledRule {
  if (rule === 'allow') return { allow: undefined, deny: [] };
  if (rule === 'deny') return { allow: [], deny: [] };
  if (typeof rule !== 'object' || rule === null) {
    throw new MaskError('CONFIG_INVALID', `decode policy ${where}: expected 'allow', 'deny' or a rule object`);
  }
  for (const key of Object.keys(rule)) {
    if (key !== 'allow' && key !== 'deny') {
      throw new MaskError('CONFIG_INVALID', `decode policy ${where}: unknown field ${JSON.stringify(key)}`);
    }
  }
  return {
    allow: rule.allow === undefined ? undefined : compileEntries(rule.allow, `${where}.allow`),
    deny: rule.deny === undefined ? [] : compileEntries(rule.deny, `${where}.deny`),
  };
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function compileEntries(rule: EntityTypeRule, where: string): CompiledEntry[] {
  if (Array.isArray(rule)) return [{ pattern: undefined, types: compileTypes(rule, where) }];
  if (typeof rule !== 'object' || rule === null) {
    throw new MaskError('CONFIG_INVALID', `decode policy ${where}: expected a type list or a path map`);
  }
  return Object.entries(rule as Record<string, EntityTypeList>).map(([pattern, types]) => ({
    pattern: compilePattern(pattern, where),
    types: compileTypes(types, `${where}.${pattern}`),
  }));
}

function compileTypes(types: EntityTypeList, where: string): ReadonlySet<string> {
  if (!Array.isArray(types)) throw new MaskError('CONFIG_INVALID', `decode policy ${where}: expected a type list`);
  for (const type of types) {
    if (typeof type !== 'string' || !TYPE_NAME.test(type)) {
      throw new MaskError('CONFIG_INVALID', `decode policy ${where}: entity types are UPPER_SNAKE names or '*'`);
    }
  }
  return new Set(types);
}

function compilePattern(pattern: string, where: string): Segment[] {
  const segments = pattern.split('.');
  if (pattern.length === 0 || !segments.every((segment) => SEGMENT.test(segment))) {
    throw new MaskError('CONFIG_INVALID', `decode policy ${where}: invalid argument path pattern`);
  }
  return segments;
}

function entryMatches(entry: CompiledEntry, type: string, path: readonly string[]): boolean {
  if (!entry.types.has('*') && !entry.types.has(type)) return false;
  return entry.pattern === undefined || pathMatches(entry.pattern, 0, path, 0);
}

function pathMatches(pattern: readonly Segment[], patternIndex: number, path: readonly string[], pathIndex: number) {
  // A pattern names an argument and everything below it: `recipients` covers `recipients.0.email`.
  if (patternIndex === pattern.length) return true;
  const segment = pattern[patternIndex]!;
  if (segment === '**') {
    for (let skip = pathIndex; skip <= path.length; skip++) {
      if (pathMatches(pattern, patternIndex + 1, path, skip)) return true;
    }
    return false;
  }
  if (pathIndex === path.length) return false;
  if (segment !== '*' && segment !== path[pathIndex]) return false;
  return pathMatches(pattern, patternIndex + 1, path, pathIndex + 1);
}

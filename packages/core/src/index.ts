// Public API of @mask/core. Every export is listed by hand: this list is the semver surface.
// client, tokens, deep walk, audit (lead)

export type { AuditEvent, AuditEventKind, AuditRecord } from './audit/audit-event.js';
export {
  type AuditChainVerdict,
  AuditLogger,
  type AuditLoggerOptions,
  type AuditSink,
  verifyAuditChain,
} from './audit/audit-logger.js';
export {
  decode,
  deepDecode,
  deepEncode,
  detokenizeText,
  encode,
  getDefaultClient,
  resetDefaultClient,
  scanAndTokenize,
} from './client/default-client.js';
export { MaskClient } from './client/mask-client.js';
export type { AuditOption, MaskClientOptions } from './client/mask-client-options.js';
export { type MaskLogger, stderrLogger } from './client/mask-logger.js';
export type {
  DetokenizeOptions,
  DetokenizeResult,
  TokenizedEntity,
  TokenizeTextResult,
  TokenRef,
} from './client/text-codec.js';
export { type EnvConfig, readEnvConfig } from './config/env-config.js';
export { type DeepMapOptions, deepMapStrings, type StringLeaf } from './deep/deep-map-strings.js';
export { MaskError, type MaskErrorCode, type MaskErrorOptions } from './errors/mask-error.js';
export {
  DecodeError,
  MaskDecryptionError,
  MaskNLPTimeout,
  MaskSecurityError,
  MaskVaultConnectionError,
} from './errors/named-errors.js';
// vaults, key providers, key rotation and vaultless FF1 (issue 5). Drivers live in subpath exports:
// @mask/core/{redis,dynamodb,memcached,sqlite,aws-kms,azure-key-vault}.
export { FF1, type FF1Options } from './fpe/ff1.js';
export {
  alphanumericFormat,
  DEFAULT_FPE_FORMATS,
  digitsFormat,
  type FpeAlphabet,
  type FpeFormat,
  type FpeTransform,
} from './fpe/fpe-formats.js';
export { FpeTokenEngine, type FpeTokenEngineOptions, type TypedToken } from './fpe/fpe-token-engine.js';
export {
  createKeyProvider,
  type KeyProviderConfig,
  type KeyProviderType,
  keyProviderConfigFromEnv,
} from './keys/create-key-provider.js';
export { EnvKeyProvider, type EnvKeyProviderOptions, parseKeyringText } from './keys/env-key-provider.js';
export {
  HashiCorpVaultKeyProvider,
  type HashiCorpVaultKeyProviderOptions,
  type HashiCorpVaultKeySource,
} from './keys/hashicorp-vault-key-provider.js';
export type { KeyProvider } from './keys/key-provider.js';
export { Keyring, type KeyVersion, keyIdFor, parseKey } from './keys/keyring.js';
export { type ReencryptVaultOptions, type ReencryptVaultResult, reencryptVault } from './keys/reencrypt-vault.js';
export { StaticKeyProvider } from './keys/static-key-provider.js';
// Tier 1 NER: engines, waterfall, known entities, remote and LLM scanners (issue 4)
export { KnownEntityMatcher } from './ner/known-entity-matcher.js';
export { LLM_NER_TYPES, LlmNerScanner, type LlmNerScannerOptions } from './ner/llm-ner-scanner.js';
export { LocalNerEngine, type LocalNerEngineOptions } from './ner/local-ner-engine.js';
export type { NerDetectOptions, NerEngine, NerEntityType } from './ner/ner-engine.js';
export { RemotePresidioScanner, type RemotePresidioScannerOptions } from './ner/remote-presidio-scanner.js';
export { TransformersNerEngine, type TransformersNerEngineOptions } from './ner/transformers-ner-engine.js';
export { WaterfallScanner, type WaterfallScannerOptions } from './ner/waterfall-scanner.js';
export { WorkerNerEngine, type WorkerNerEngineOptions } from './ner/worker-ner-engine.js';
// detection engine: Tier 0 recognizer registry (issue 3)
export { DEFAULT_LANGUAGES } from './pii/context.js';
export {
  type DenyListEntry,
  PatternScanner,
  type PatternScannerOptions,
} from './pii/pattern-scanner.js';
export {
  type Candidate,
  CONTEXT_BOOST,
  type ContextWords,
  DEFAULT_THRESHOLD,
  type DigitRun,
  defineRecognizer,
  type MatchContext,
  type Recognizer,
  type RecognizerPattern,
  type ValidatorResult,
} from './pii/recognizer.js';
export { type BuiltinRecognizersOptions, builtinRecognizers } from './pii/registry.js';
// decode policy (issue 6)
export {
  createDecodePolicy,
  DecodePolicy,
  type DecodePolicyOptions,
  type DecodeRequest,
  type EntityTypeList,
  type EntityTypeRule,
  type ToolDecodeRule,
} from './policy/decode-policy.js';
export { resolveOverlaps } from './scanner/resolve-overlaps.js';
export type { KnownEntity, Scanner, ScanOptions } from './scanner/scanner.js';
export type { EntityCategory, EntityType, Span } from './scanner/span.js';
// streaming token rehydrator (issue 7)
export {
  StreamRehydrator,
  type StreamRehydratorClient,
  type StreamRehydratorOptions,
} from './stream/stream-rehydrator.js';
export { findTokenCandidates, type TokenCandidate } from './tokens/find-token-candidates.js';
export { TOKEN_FORMATS } from './tokens/formats/format-registry.js';
export { PLACEHOLDER_GRAMMAR, placeholder } from './tokens/formats/placeholder-format.js';
export type { TokenFormat } from './tokens/formats/token-format.js';
export { scopeIdFor, type TokenScope } from './tokens/scope.js';
export type { DetokenizeOutcome, TokenEngine, TokenizeItem, TokenizeOutcome } from './tokens/token-engine.js';
export { VaultTokenEngine, type VaultTokenEngineOptions } from './tokens/vault-token-engine.js';
export { createVault, type VaultConfig, type VaultType, vaultConfigFromEnv } from './vault/create-vault.js';
export { MemoryVault, type MemoryVaultOptions } from './vault/memory-vault.js';
export type { Vault, VaultEntry } from './vault/vault.js';

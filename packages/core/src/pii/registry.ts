import type { Recognizer } from './recognizer.js';
import {
  aamvaAddressRecognizer,
  aamvaBirthDateRecognizer,
  aamvaDocumentNumberRecognizer,
  aamvaLicenceNumberRecognizer,
  aamvaNameRecognizer,
} from './recognizers/aamva.js';
import { abaRoutingRecognizer } from './recognizers/aba-routing.js';
import {
  accountColumnRecognizer,
  groupedAccountNumberRecognizer,
  loanNumberRecognizer,
} from './recognizers/account-numbers.js';
import { ageOver89Recognizer } from './recognizers/age-over-89.js';
import { airlinePaymentCardRecognizer } from './recognizers/airline-payments.js';
import {
  airlineBirthDateRecognizer,
  airlineDocsNameRecognizer,
  airlineDocumentRecognizer,
  airlineNameRecognizer,
  airlinePassportRecognizer,
  boardingPassNameRecognizer,
} from './recognizers/airline-records.js';
import {
  airlineBirthplaceRecognizer,
  airlineContactEmailRecognizer,
  airlineContactPhoneRecognizer,
  airlineFoidCardRecognizer,
  airlineFoidLoyaltyRecognizer,
  airlineFoidPassportRecognizer,
  airlineRequestDocumentRecognizer,
} from './recognizers/airline-service-requests.js';
import { cnResidentIdRecognizer, krRrnRecognizer, sgNricRecognizer } from './recognizers/asia.js';
import { auAbnRecognizer, auMedicareRecognizer, auTfnRecognizer } from './recognizers/australia.js';
import { authorizationCodeRecognizer } from './recognizers/authorization-code.js';
import {
  awsAccessKeyRecognizer,
  awsSecretKeyPairRecognizer,
  awsSecretKeyRecognizer,
  awsSessionTokenRecognizer,
} from './recognizers/aws-keys.js';
import { azureFunctionKeyRecognizer, azureKeyRecognizer } from './recognizers/azure-keys.js';
import { beNationalNumberRecognizer } from './recognizers/belgium.js';
import { brCnpjRecognizer, brCpfRecognizer } from './recognizers/brazil.js';
import { caSinRecognizer } from './recognizers/canada.js';
import {
  cardSecurityCodeColumnRecognizer,
  cardSecurityCodeRecognizer,
  pinColumnRecognizer,
  pinRecognizer,
} from './recognizers/card-security-code.js';
import { cardTrackDataRecognizer, cardTrackNameRecognizer } from './recognizers/card-track.js';
import { clinicalDateRecognizer } from './recognizers/clinical-dates.js';
import { commandLinePasswordRecognizer } from './recognizers/command-line-password.js';
import { connectionPasswordRecognizer, pgpassRecognizer } from './recognizers/connection-passwords.js';
import { creditCardRecognizer } from './recognizers/credit-card.js';
import { cryptoAddressRecognizer, ethereumRecognizer, solanaAddressRecognizer } from './recognizers/crypto-wallets.js';
import { dateOfBirthFieldRecognizer, dateOfBirthRecognizer } from './recognizers/date-of-birth.js';
import {
  advertisingIdRecognizer,
  iccidRecognizer,
  imeiRecognizer,
  imsiRecognizer,
} from './recognizers/device-identifiers.js';
import { emailRecognizer } from './recognizers/email.js';
import { encounterNumberRecognizer } from './recognizers/encounter-numbers.js';
import { envFallbackPasswordRecognizer, envFallbackSecretRecognizer } from './recognizers/env-fallbacks.js';
import { nlBsnRecognizer, plPeselRecognizer } from './recognizers/europe-other.js';
import { fileNamePersonRecognizer } from './recognizers/file-names.js';
import { fiHetuRecognizer } from './recognizers/finland.js';
import { frNirRecognizer } from './recognizers/france.js';
import { geoCoordinatesRecognizer, geoDegreesRecognizer } from './recognizers/geo-coordinates.js';
import { deTaxIdRecognizer } from './recognizers/germany.js';
import { googleApiKeyRecognizer } from './recognizers/google-api-key.js';
import { healthPlanIdPolizaRecognizer, healthPlanIdRecognizer } from './recognizers/health-plan-id.js';
import { hl7DriverLicenseRecognizer } from './recognizers/hl7-licence.js';
import { hl7AddressRecognizer, hl7NameRecognizer } from './recognizers/hl7-names-addresses.js';
import { ibanRecognizer } from './recognizers/iban.js';
import { inAadhaarRecognizer, inPanRecognizer, inPinCodeRecognizer } from './recognizers/india.js';
import { arCbuRecognizer, mxClabeRecognizer } from './recognizers/interbank-codes.js';
import { cloudHostIpRecognizer, ipAddressRecognizer } from './recognizers/ip-address.js';
import { ilIdNumberRecognizer } from './recognizers/israel.js';
import { itFiscalCodeRecognizer } from './recognizers/italy.js';
import {
  base64PrivateKeyRecognizer,
  jwkPrivateKeyRecognizer,
  jwtRecognizer,
  privateKeyRecognizer,
} from './recognizers/jwt-pem.js';
import { keyVariableRecognizer } from './recognizers/key-variables.js';
import { kubernetesSecretRecognizer } from './recognizers/kubernetes-secrets.js';
import { labelledNameRecognizer } from './recognizers/labelled-names.js';
import { latinAmericanDocumentRecognizer } from './recognizers/latin-american-documents.js';
import { licensePlateRecognizer } from './recognizers/license-plate.js';
import { linkedinProfileRecognizer } from './recognizers/linkedin-profile.js';
import { loyaltyNumberRecognizer } from './recognizers/loyalty-numbers.js';
import { macAddressRecognizer } from './recognizers/mac-address.js';
import {
  medicalRecordNumberHl7Recognizer,
  medicalRecordNumberRecognizer,
} from './recognizers/medical-record-number.js';
import { mxCurpRecognizer, mxNssRecognizer, mxRfcLabelledRecognizer, mxRfcRecognizer } from './recognizers/mexico.js';
import {
  mrzBirthDateRecognizer,
  mrzDocumentNumberRecognizer,
  mrzNameRecognizer,
  mrzPassportNumberRecognizer,
  mrzPersonalNumberRecognizer,
} from './recognizers/mrz.js';
import {
  nameFieldRecognizer,
  nonLatinNameFieldRecognizer,
  nonLatinPlaceFieldRecognizer,
  placeFieldRecognizer,
} from './recognizers/named-field-values.js';
import { ngBvnRecognizer, ngNinRecognizer } from './recognizers/nigeria.js';
import { noFodselsnummerRecognizer } from './recognizers/norway.js';
import { obfuscatedEmailRecognizer } from './recognizers/obfuscated-email.js';
import { oneTimeCodeRecognizer } from './recognizers/one-time-codes.js';
import { passportRecognizer } from './recognizers/passports.js';
import {
  apiSecretRecognizer,
  otherLanguagePasswordRecognizer,
  passwordRecognizer,
  secretColumnRecognizer,
  shortKeySecretRecognizer,
} from './recognizers/password-assignment.js';
import { passwordHashRecognizer } from './recognizers/password-hashes.js';
import { pathNameRecognizer } from './recognizers/path-names.js';
import { createPhoneRecognizer, type PhoneRecognizerOptions } from './recognizers/phone.js';
import { platformTokenRecognizer } from './recognizers/platform-tokens.js';
import { puttyPrivateKeyRecognizer } from './recognizers/putty-keys.js';
import { registryAuthRecognizer } from './recognizers/registry-auth.js';
import { requestSignatureRecognizer } from './recognizers/request-signature.js';
import { ruInnRecognizer, ruSnilsRecognizer } from './recognizers/russia.js';
import {
  anthropicKeyRecognizer,
  huggingfaceTokenRecognizer,
  openaiKeyRecognizer,
  sendgridKeyRecognizer,
  slackTokenRecognizer,
  stripeKeyRecognizer,
  twilioAuthTokenRecognizer,
} from './recognizers/saas-keys.js';
import { securityAnswerRecognizer } from './recognizers/security-answers.js';
import { seedPhraseRecognizer } from './recognizers/seed-phrase.js';
import { shellDefaultPasswordRecognizer, shellDefaultSecretRecognizer } from './recognizers/shell-parameter-default.js';
import { slackMentionRecognizer } from './recognizers/slack-mentions.js';
import { zaIdNumberRecognizer } from './recognizers/south-africa.js';
import { arCuitRecognizer, clRutRecognizer, coNitRecognizer, peRucRecognizer } from './recognizers/south-america.js';
import { esCifRecognizer, esNieRecognizer, esNifRecognizer, esNussRecognizer } from './recognizers/spain.js';
import { spelledNameRecognizer } from './recognizers/spelled-names.js';
import { streetAddressRecognizer } from './recognizers/street-address.js';
import { studentIdRecognizer } from './recognizers/student-id.js';
import { sePersonnummerRecognizer } from './recognizers/sweden.js';
import { swiftBicRecognizer } from './recognizers/swift-bic.js';
import { swiftMtAddressRecognizer, swiftMtBirthDateRecognizer, swiftMtNameRecognizer } from './recognizers/swift-mt.js';
import { chAhvRecognizer } from './recognizers/switzerland.js';
import { travelerNumberRecognizer } from './recognizers/traveler-numbers.js';
import { trTcknRecognizer } from './recognizers/turkey.js';
import { ukNhsRecognizer, ukNinoRecognizer, ukPassportRecognizer, ukPostcodeRecognizer } from './recognizers/uk.js';
import { inUpiIdRecognizer } from './recognizers/upi.js';
import { oneTimeLinkPathRecognizer, urlCredentialsRecognizer } from './recognizers/url-credentials.js';
import { usAlienNumberRecognizer } from './recognizers/us-alien-number.js';
import { usBankNumberRecognizer, usDriverLicenseRecognizer, usPassportRecognizer } from './recognizers/us-documents.js';
import { usDeaRecognizer, usMbiRecognizer, usNpiRecognizer } from './recognizers/us-healthcare.js';
import { usI94Recognizer } from './recognizers/us-i94.js';
import { usSsnRecognizer } from './recognizers/us-ssn.js';
import { usEinRecognizer, usItinRecognizer } from './recognizers/us-tax-ids.js';
import { vcardAddressRecognizer, vcardBirthDateRecognizer, vcardNameRecognizer } from './recognizers/vcard.js';
import { githubTokenRecognizer, gitlabTokenRecognizer, npmTokenRecognizer } from './recognizers/vcs-tokens.js';
import { vendorTokenRecognizer } from './recognizers/vendor-tokens.js';
import { vinRecognizer } from './recognizers/vin.js';
import { wordpressKeyRecognizer } from './recognizers/wordpress-keys.js';
import {
  x12AddressRecognizer,
  x12BirthDateRecognizer,
  x12MemberIdRecognizer,
  x12NameRecognizer,
  x12SsnRecognizer,
} from './recognizers/x12-claims.js';

/** Options of {@link builtinRecognizers}. */
export interface BuiltinRecognizersOptions {
  /** Phone regions tried for numbers without `+`. */
  readonly phoneRegions?: PhoneRecognizerOptions['regions'];
  /** Phone verdicts kept across scans. @default 10_000 */
  readonly phoneVerdictCache?: PhoneRecognizerOptions['verdictCache'];
}

/** The recognizers that need no options, in a fixed order (order never changes results). */
export const STATIC_RECOGNIZERS: readonly Recognizer[] = [
  // CONTACT
  emailRecognizer,
  obfuscatedEmailRecognizer,
  ukPostcodeRecognizer,
  airlineContactPhoneRecognizer,
  airlineContactEmailRecognizer,
  // FINANCIAL
  creditCardRecognizer,
  cardSecurityCodeRecognizer,
  cardTrackDataRecognizer,
  cardSecurityCodeColumnRecognizer,
  pinRecognizer,
  pinColumnRecognizer,
  abaRoutingRecognizer,
  ibanRecognizer,
  usBankNumberRecognizer,
  loanNumberRecognizer,
  accountColumnRecognizer,
  groupedAccountNumberRecognizer,
  mxClabeRecognizer,
  arCbuRecognizer,
  ngBvnRecognizer,
  inUpiIdRecognizer,
  swiftBicRecognizer,
  cryptoAddressRecognizer,
  solanaAddressRecognizer,
  ethereumRecognizer,
  // NETWORK
  ipAddressRecognizer,
  cloudHostIpRecognizer,
  macAddressRecognizer,
  imeiRecognizer,
  imsiRecognizer,
  iccidRecognizer,
  advertisingIdRecognizer,
  // PERSONAL
  dateOfBirthRecognizer,
  dateOfBirthFieldRecognizer,
  clinicalDateRecognizer,
  ageOver89Recognizer,
  geoCoordinatesRecognizer,
  geoDegreesRecognizer,
  streetAddressRecognizer,
  hl7NameRecognizer,
  hl7AddressRecognizer,
  labelledNameRecognizer,
  linkedinProfileRecognizer,
  pathNameRecognizer,
  fileNamePersonRecognizer,
  slackMentionRecognizer,
  spelledNameRecognizer,
  nameFieldRecognizer,
  placeFieldRecognizer,
  nonLatinNameFieldRecognizer,
  nonLatinPlaceFieldRecognizer,
  vcardNameRecognizer,
  vcardAddressRecognizer,
  vcardBirthDateRecognizer,
  x12NameRecognizer,
  x12AddressRecognizer,
  x12BirthDateRecognizer,
  x12MemberIdRecognizer,
  x12SsnRecognizer,
  mrzNameRecognizer,
  mrzBirthDateRecognizer,
  swiftMtNameRecognizer,
  swiftMtAddressRecognizer,
  swiftMtBirthDateRecognizer,
  aamvaNameRecognizer,
  aamvaAddressRecognizer,
  aamvaBirthDateRecognizer,
  cardTrackNameRecognizer,
  airlineNameRecognizer,
  boardingPassNameRecognizer,
  airlineDocsNameRecognizer,
  airlineBirthDateRecognizer,
  airlineBirthplaceRecognizer,
  airlineFoidLoyaltyRecognizer,
  loyaltyNumberRecognizer,
  // IDENTITY_US
  usSsnRecognizer,
  usItinRecognizer,
  usPassportRecognizer,
  usDriverLicenseRecognizer,
  usAlienNumberRecognizer,
  travelerNumberRecognizer,
  usI94Recognizer,
  aamvaLicenceNumberRecognizer,
  hl7DriverLicenseRecognizer,
  aamvaDocumentNumberRecognizer,
  // HEALTHCARE
  usNpiRecognizer,
  usMbiRecognizer,
  usDeaRecognizer,
  ukNhsRecognizer,
  auMedicareRecognizer,
  medicalRecordNumberRecognizer,
  medicalRecordNumberHl7Recognizer,
  encounterNumberRecognizer,
  studentIdRecognizer,
  healthPlanIdRecognizer,
  healthPlanIdPolizaRecognizer,
  // CORPORATE
  usEinRecognizer,
  esCifRecognizer,
  auAbnRecognizer,
  brCnpjRecognizer,
  // VEHICLE
  vinRecognizer,
  licensePlateRecognizer,
  // IDENTITY_INTL
  ukNinoRecognizer,
  ukPassportRecognizer,
  passportRecognizer,
  mrzPassportNumberRecognizer,
  mrzDocumentNumberRecognizer,
  mrzPersonalNumberRecognizer,
  airlinePassportRecognizer,
  airlinePaymentCardRecognizer,
  airlineDocumentRecognizer,
  airlineFoidPassportRecognizer,
  airlineRequestDocumentRecognizer,
  airlineFoidCardRecognizer,
  esNifRecognizer,
  esNieRecognizer,
  esNussRecognizer,
  itFiscalCodeRecognizer,
  deTaxIdRecognizer,
  frNirRecognizer,
  caSinRecognizer,
  auTfnRecognizer,
  inAadhaarRecognizer,
  inPanRecognizer,
  inPinCodeRecognizer,
  sgNricRecognizer,
  krRrnRecognizer,
  cnResidentIdRecognizer,
  ruSnilsRecognizer,
  ruInnRecognizer,
  trTcknRecognizer,
  brCpfRecognizer,
  mxCurpRecognizer,
  mxRfcRecognizer,
  mxRfcLabelledRecognizer,
  mxNssRecognizer,
  clRutRecognizer,
  arCuitRecognizer,
  coNitRecognizer,
  peRucRecognizer,
  plPeselRecognizer,
  nlBsnRecognizer,
  sePersonnummerRecognizer,
  noFodselsnummerRecognizer,
  fiHetuRecognizer,
  beNationalNumberRecognizer,
  chAhvRecognizer,
  zaIdNumberRecognizer,
  ilIdNumberRecognizer,
  ngNinRecognizer,
  latinAmericanDocumentRecognizer,
  // SECRETS
  awsAccessKeyRecognizer,
  awsSecretKeyRecognizer,
  awsSecretKeyPairRecognizer,
  awsSessionTokenRecognizer,
  googleApiKeyRecognizer,
  githubTokenRecognizer,
  gitlabTokenRecognizer,
  npmTokenRecognizer,
  slackTokenRecognizer,
  stripeKeyRecognizer,
  anthropicKeyRecognizer,
  openaiKeyRecognizer,
  sendgridKeyRecognizer,
  huggingfaceTokenRecognizer,
  twilioAuthTokenRecognizer,
  jwtRecognizer,
  privateKeyRecognizer,
  jwkPrivateKeyRecognizer,
  base64PrivateKeyRecognizer,
  puttyPrivateKeyRecognizer,
  vendorTokenRecognizer,
  platformTokenRecognizer,
  urlCredentialsRecognizer,
  passwordRecognizer,
  otherLanguagePasswordRecognizer,
  securityAnswerRecognizer,
  connectionPasswordRecognizer,
  pgpassRecognizer,
  registryAuthRecognizer,
  requestSignatureRecognizer,
  authorizationCodeRecognizer,
  oneTimeLinkPathRecognizer,
  wordpressKeyRecognizer,
  keyVariableRecognizer,
  kubernetesSecretRecognizer,
  azureKeyRecognizer,
  azureFunctionKeyRecognizer,
  passwordHashRecognizer,
  oneTimeCodeRecognizer,
  shellDefaultPasswordRecognizer,
  shellDefaultSecretRecognizer,
  envFallbackPasswordRecognizer,
  envFallbackSecretRecognizer,
  commandLinePasswordRecognizer,
  apiSecretRecognizer,
  shortKeySecretRecognizer,
  secretColumnRecognizer,
  seedPhraseRecognizer,
];

/** Every built-in recognizer, in a fixed order (the order never changes results: overlaps rank by score). */
export function builtinRecognizers(options: BuiltinRecognizersOptions = {}): Recognizer[] {
  return [
    createPhoneRecognizer({ regions: options.phoneRegions, verdictCache: options.phoneVerdictCache }),
    ...STATIC_RECOGNIZERS,
  ];
}

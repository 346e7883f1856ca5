/**
 * Phone ranges that regulators reserve for fiction, which Mask's phone tokens are drawn from and its phone
 * recognizer therefore never reports: NANP 555-0100..555-0199 (any area code), and Ofcom's drama numbers in the
 * UK: 020 7946 0000..0999 (London) and 07700 900000..900999 (mobile).
 */
export function isFictionalPhone(countryCallingCode: string, nationalNumber: string): boolean {
  if (countryCallingCode === '1') {
    return nationalNumber.length === 10 && nationalNumber.slice(3, 7) === '5550' && nationalNumber[7] === '1';
  }
  if (countryCallingCode === '44') {
    return (
      nationalNumber.length === 10 && (nationalNumber.startsWith('2079460') || nationalNumber.startsWith('7700900'))
    );
  }
  return false;
}

import { describe, expect, it } from 'vitest';
import { PatternScanner } from '../pattern-scanner.js';

const scanner = new PatternScanner();

/** The birth dates found in `text`, as their values. */
function births(text: string): string[] {
  return scanner
    .scanSync(text)
    .filter((span) => span.type === 'DATE_OF_BIRTH')
    .map((span) => text.slice(span.start, span.end));
}

describe('DATE_OF_BIRTH in prose', () => {
  it('finds a date the birth word names, months in words in English and Spanish, full and abbreviated', () => {
    expect(births('She was born on March 3, 1985')).toEqual(['March 3, 1985']);
    expect(births('born 3 March 1985')).toEqual(['3 March 1985']);
    expect(births('born in 1985-03-03')).toEqual(['1985-03-03']);
    expect(births('nació el 3 de marzo de 1985')).toEqual(['3 de marzo de 1985']);
    expect(births('fecha de nacimiento: 3 de marzo de 1985')).toEqual(['3 de marzo de 1985']);
    expect(births('DOB: Mar 3 1985')).toEqual(['Mar 3 1985']);
    expect(births('nacimiento: 3 ene 1985')).toEqual(['3 ene 1985']);
    expect(births('nacimiento: 3 de dic. de 1985')).toEqual(['3 de dic. de 1985']);
    expect(births('fecha de nac.: 03/04/1985')).toEqual(['03/04/1985']);
    expect(births('03/04/1985 (DOB)')).toEqual(['03/04/1985']);
    expect(births('DOB (1985): 03/04/1985')).toEqual(['03/04/1985']);
    expect(births('She was born in St. Louis on March 3, 1985')).toEqual(['March 3, 1985']);
    // A question about the birth date, and the answer on the next turn of a transcript (it reached the model).
    expect(births('Agent: Can you confirm your date of birth?\nCaller: the 4th of July 1971.')).toEqual([
      '4th of July 1971',
    ]);
    expect(births('What is your DOB?\nCustomer: It is 03/04/1985')).toEqual(['03/04/1985']);
    expect(births('When is your appointment?\nCaller: 04/07/1971.')).toEqual([]);
  });

  it('reads the birth-date words of German, French, Italian, Portuguese, Dutch and Polish records', () => {
    expect(births('Geburtsdatum: 12.03.1968')).toEqual(['12.03.1968']);
    expect(births('Full Name;E-Mail;Geburtsdatum\nKlaus Müller;k@web.de;12.03.1968')).toEqual(['12.03.1968']);
    expect(births('geboren am 12.03.1968')).toEqual(['12.03.1968']);
    expect(births('date de naissance : 12/03/1968')).toEqual(['12/03/1968']);
    expect(births('Data di nascita 12/03/1968')).toEqual(['12/03/1968']);
    expect(births('data de nascimento: 12/03/1968')).toEqual(['12/03/1968']);
    expect(births('geboortedatum 12-03-1968')).toEqual(['12-03-1968']);
    expect(births('data urodzenia: 1968-03-12')).toEqual(['1968-03-12']);
    // Dates without the words stay, in those languages too.
    expect(births('Lieferdatum: 12.03.2026')).toEqual([]);
    expect(births('date de livraison : 12/03/2026')).toEqual([]);
  });

  it('reads ordinals: 3rd, the 3rd of March, 1º de marzo', () => {
    expect(births('date of birth is the 3rd of March, 1985')).toEqual(['3rd of March, 1985']);
    expect(births('born on the 3rd of March 1985')).toEqual(['3rd of March 1985']);
    expect(births('born March 3rd, 1985')).toEqual(['March 3rd, 1985']);
    expect(births('nacimiento: 1º de marzo de 1985')).toEqual(['1º de marzo de 1985']);
    expect(births('nacida el 1° mar. 1985')).toEqual(['1° mar. 1985']);
    // Not a date: no month after `of`, a day that does not exist, a page count.
    expect(births('born on the 3rd of 1985')).toEqual([]);
    expect(births('born on the 31st of February, 1985')).toEqual([]);
    expect(births('born: page 1 of 3, 1985')).toEqual([]);
  });

  it('reads b. right before the date as born', () => {
    expect(births('b. 03/04/1985')).toEqual(['03/04/1985']);
    expect(births('Ana López (b. March 3, 1985) joined')).toEqual(['March 3, 1985']);
    expect(births('b.  3 mar 1985')).toEqual(['3 mar 1985']);
    // Another word's b., or a b. away from the date.
    expect(births('Suite 4b. 03/04/1985')).toEqual([]);
    expect(births('ab. 03/04/1985')).toEqual([]);
    expect(births('see b. below, shipped 03/04/1985')).toEqual([]);
    expect(births('b.03/04/1985')).toEqual([]);
    expect(births('Exhibit B. 03/04/2024')).toEqual([]);
  });

  it('gives a birth word the nearest date after it in its clause, not the next one', () => {
    expect(births('born 1985, joined on March 3, 2020')).toEqual([]);
    expect(births('She was born in 1985 and joined us on March 3, 2020.')).toEqual([]);
    expect(births('born in Madrid. Joined on March 3, 2020')).toEqual([]);
    expect(births('born in Madrid; joined on March 3, 2020')).toEqual([]);
    expect(births('born 1985-03-03, hired 2010-05-01')).toEqual(['1985-03-03']);
    expect(births('born March 3, 1985, married June 5, 2010')).toEqual(['March 3, 1985']);
    expect(births('nació en 1985 y se casó el 5 de junio de 2010')).toEqual([]);
    expect(births('She was born in Madrid and joined us on March 3, 2020')).toEqual([]);
    expect(births('born in Madrid and was hired on March 3, 2020')).toEqual([]);
    expect(births('nació en Madrid y se mudó el 3 de marzo de 2020')).toEqual([]);
    // A conjunction before no verb, or right after the birth word, keeps the birth date.
    expect(births('born to John and Mary Smith on March 3, 1985')).toEqual(['March 3, 1985']);
    expect(births('born and raised in Austin, on March 3, 1985')).toEqual(['March 3, 1985']);
    // A birth word after a date names it unless it has a date of its own.
    expect(births('joined on March 3, 2020 and born in 1985')).toEqual([]);
    expect(births('joined March 3, 2020; born 1985')).toEqual([]);
    // A comma before a verb ends the clause too, not right after the birth word nor before a birth's own record.
    expect(births('born in Madrid, joined on March 3, 2020')).toEqual([]);
    expect(births('born in Madrid, later moved to Ohio on March 3, 2020')).toEqual([]);
    expect(births('born in Madrid, was hired on March 3, 2020')).toEqual([]);
    expect(births('nació en Madrid, se mudó el 3 de marzo de 2020')).toEqual([]);
    expect(births('born in St. Louis, Missouri, on March 3, 1985')).toEqual(['March 3, 1985']);
    expect(births('born at home, delivered by Dr. Smith on March 3, 1985')).toEqual(['March 3, 1985']);
    expect(births('born, raised in Austin on March 3, 1985')).toEqual(['March 3, 1985']);
    // A sentence ending in a number ends the clause.
    expect(births('Patient: Ana, born 1960. On March 3, 2020, she was admitted.')).toEqual([]);
    expect(births('born in 1960. Joined on March 3, 2020')).toEqual([]);
    expect(births('born 03/04/1985. Hired 2020-03-03')).toEqual(['03/04/1985']);
  });

  it("leaves a date another date's label names after a birth word: hire date, start date, issued, expiry", () => {
    expect(births('born in Madrid, hire date March 3, 2020')).toEqual([]);
    expect(births('born in Madrid, hire date March 3')).toEqual([]);
    expect(births('born in Madrid hire date 2020-03-03')).toEqual([]);
    expect(births('born in Madrid, start date 03/03/2020')).toEqual([]);
    expect(births('born in Madrid, date of hire March 3, 2020')).toEqual([]);
    expect(births('born in Madrid, passport issued March 3, 2020')).toEqual([]);
    expect(births('born in Madrid, expiry March 3, 2030')).toEqual([]);
    expect(births('born in Madrid, valid until March 3, 2030')).toEqual([]);
    expect(births('born in Madrid, member since March 3, 2020')).toEqual([]);
    expect(births('born in Madrid (joined: 2020-03-03)')).toEqual([]);
    expect(births('DOB unknown, admission date 2024-03-03')).toEqual([]);
    expect(births('nació en Madrid, fecha de alta 3 de marzo de 2020')).toEqual([]);
    // The birth date itself, and a label that is the date of the birth (`on her due date`).
    expect(births('born on March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born in Madrid on March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('DOB: March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born in Madrid on March 3, 1990, hire date March 3, 2020')).toEqual(['March 3, 1990']);
    expect(births('hire date March 3, 2020, born on March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born on his start date, March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born on the day they married March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born in Madrid on a farm, hire date March 3, 2020')).toEqual([]);
    expect(births('birth date March 3, 1990')).toEqual(['March 3, 1990']);
    expect(births('born in Madrid, on March 3')).toEqual(['March 3']);
  });

  it('finds a date before its birth verb in the same clause, across a comma', () => {
    expect(births('On March 3, 1985, she was born in Ohio.')).toEqual(['March 3, 1985']);
    expect(births('On March 3, 1985 our daughter Emma was born.')).toEqual(['March 3, 1985']);
    expect(births('On 1985-03-03, twins were born')).toEqual(['1985-03-03']);
    expect(births('El 3 de marzo de 1985, nació Ana')).toEqual(['3 de marzo de 1985']);
    // The birth is another's, has a date of its own, or belongs to another clause.
    expect(births('On March 3, 2020, I met a man who was born in Ohio')).toEqual([]);
    expect(births('On March 3, 2020, she said she was born in 1985')).toEqual([]);
    expect(births('On March 3, 2020, we met. She was born in Ohio')).toEqual([]);
    expect(births('On March 3, 2020, the committee voted on the bill; he was born in Ohio')).toEqual([]);
  });

  it("does not read a birthday event's date as a birth date, but keeps a birthday's and a baby's", () => {
    expect(births('birthday party on March 3, 2024')).toEqual([]);
    expect(births('Birthday dinner: 2024-03-03')).toEqual([]);
    expect(births("Ana's birthday celebration is on 3/3/2024")).toEqual([]);
    expect(births('March 3, 2024 birthday party at the office')).toEqual([]);
    expect(births('fiesta de cumpleaños el 3 de marzo de 2024')).toEqual([]);
    expect(births('cena de su cumpleaños: 3 de marzo de 2024')).toEqual([]);
    // Near misses: the words next to the birthday make it a birth date, and a recent birth date is still one.
    expect(births('her birthday is March 3, 1985')).toEqual(['March 3, 1985']);
    expect(births('birthday: 2024-03-03 (the baby)')).toEqual(['2024-03-03']);
    expect(births('born on March 3, 2024, our first child')).toEqual(['March 3, 2024']);
    expect(births('DOB 1985-03-03, birthday party on 2024-03-03')).toEqual(['1985-03-03']);
    expect(births('party for her birthday, born March 3, 1985')).toEqual(['March 3, 1985']);
  });

  it('reads a two-word birth date label with its colon, as a birthDate key reads, not as another key `date:`', () => {
    expect(births('birth date: 1974-12-25')).toEqual(['1974-12-25']);
    expect(births('Birth Date: 12/25/1974')).toEqual(['12/25/1974']);
    expect(births('"birth date" = 1974-12-25')).toEqual(['1974-12-25']);
    // Another field's key after the label still takes the date.
    expect(births('birth date: unknown, visit date: 2024-03-01')).toEqual([]);
    expect(births('birth place: Madrid, start date: 2024-03-01')).toEqual([]);
  });

  it('still needs a birth word: dates of events stay', () => {
    expect(births('Appointment on March 3, 2025 at 10:00')).toEqual([]);
    expect(births('2024-03-14 10:22:01 INFO started')).toEqual([]);
    expect(births('created_at: 2024-03-14, exp 03/27')).toEqual([]);
    expect(births('nacionalidad: española, alta el 3 de marzo de 2020')).toEqual([]);
    expect(births('v3.4.1985 released on 3 mar 2024')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH as an object of its parts (Stripe dob)', () => {
  it('finds each part under a birth-date key, any key order, JSON, escaped JSON, YAML, Python', () => {
    expect(births('{"id": "cus_1", "dob": {"day": 3, "month": 4, "year": 1985}}')).toEqual(['3', '4', '1985']);
    expect(births('{"birth_date": {"year": 1985, "month": 4, "day": 3}}')).toEqual(['1985', '4', '3']);
    expect(births('"date_of_birth": {\n    "day": 3,\n    "month": 4,\n    "year": 1985\n  },')).toEqual([
      '3',
      '4',
      '1985',
    ]);
    expect(births('{\\"birthDate\\": {\\"day\\": \\"03\\", \\"month\\": \\"04\\", \\"year\\": \\"1985\\"}}')).toEqual([
      '03',
      '04',
      '1985',
    ]);
    expect(births("{'dob': {'day': 3, 'month': 4, 'year': 1985}}")).toEqual(['3', '4', '1985']);
    expect(births('individual:\n  dob:\n    day: 3\n    month: 4\n    year: 1985\n')).toEqual(['3', '4', '1985']);
    expect(births('- dob:\r\n    month: 12\r\n    day: 31\r\n    year: 1999')).toEqual(['12', '31', '1999']);
    expect(births('dob: {day: 3, month: 4, year: 1985}')).toEqual(['3', '4', '1985']);
    expect(births('fecha_nacimiento: {dia: 3, mes: 4, año: 1985}')).toEqual(['3', '4', '1985']);
    // A key of words, as a field's label or a form writes it.
    expect(births('birth date: {"day": "3", "month": "4", "year": "1985"}')).toEqual(['3', '4', '1985']);
    expect(births('Date of Birth:\n  Day: 3\n  Month: 4\n  Year: 1985')).toEqual(['3', '4', '1985']);
  });

  it('reads the parts among other keys, before, between and after them, nested values too', () => {
    expect(births('"dob": {"day": 3, "month": 3, "year": 1985, "source": "manual"}')).toEqual(['3', '3', '1985']);
    expect(births('"dob": {"source": "manual", "year": 1985, "day": 3, "month": 3}')).toEqual(['1985', '3', '3']);
    expect(births('{"dob": {"day": 3, "verified": true, "month": 4, "note": null, "year": 1985}}')).toEqual([
      '3',
      '4',
      '1985',
    ]);
    expect(births('{"dob": {"meta": {"a": [1, "}"]}, "day": 3, "month": 4, "year": 1985}}')).toEqual([
      '3',
      '4',
      '1985',
    ]);
    expect(
      births('{\\"dob\\": {\\"note\\": \\"a \\\\\\"b\\\\\\" }\\", \\"day\\": 3, \\"month\\": 4, \\"year\\": 1985}}'),
    ).toEqual(['3', '4', '1985']);
    expect(births('dob: {source: manual, day: 3, month: 4, year: 1985}')).toEqual(['3', '4', '1985']);
    expect(
      births('dob:\n  source: manual\n  day: 3\n  extra:\n    nested: 1\n  month: 4\n  year: 1985\nname: x'),
    ).toEqual(['3', '4', '1985']);
    // Still one of each part, the parts' own keys whole, values of their own shape.
    expect(births('{"dob": {"day": 3, "month": 4, "year": 1985, "day": 5}}')).toEqual([]);
    expect(births('{"dob": {"day_of_week": 3, "month": 4, "year": 1985}}')).toEqual([]);
    expect(births('{"dob": {"day": null, "month": 4, "year": 1985, "source": "manual"}}')).toEqual([]);
    expect(births('{"dob": {"days": 3, "month": 4, "year": 1985}}')).toEqual([]);
    expect(births('{"created": {"day": 3, "month": 4, "year": 2024, "source": "manual"}}')).toEqual([]);
  });
  it('needs a birth-date key, the three parts alone and an existing date', () => {
    expect(births('{"dob": {"day": null, "month": null, "year": null}}')).toEqual([]);
    expect(births('{"dob": {"day": 31, "month": 2, "year": 1985}}')).toEqual([]);
    expect(births('{"dob": {"day": 3, "month": 13, "year": 1985}}')).toEqual([]);
    expect(births('{"dob": {"day": 3, "month": 4, "year": 1885}}')).toEqual([]);
    expect(births('{"dob": {"day": 3, "month": 4, "year": 85}}')).toEqual([]);
    expect(births('{"dob": {"day": 3, "month": 4}}')).toEqual([]);
    expect(births('{"dob": {"day": 3, "day": 4, "year": 1985}}')).toEqual([]);
    expect(births('{"dob": {"day": 3.5, "month": 4, "year": 1985}}')).toEqual([]);
    expect(births('{"exp": {"day": 3, "month": 4, "year": 2027}}')).toEqual([]);
    expect(births('{"birth_place": {"day": 3, "month": 4, "year": 1985}}')).toEqual([]);
    expect(births('{"created": {"day": 3, "month": 4, "year": 2024}}')).toEqual([]);
    // Indented no deeper than the key, the parts are its siblings.
    expect(births('dob:\nday: 3\nmonth: 4\nyear: 1985')).toEqual([]);
    expect(births('dob:\n  day: 3\n    month: 4\n  year: 1985')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH as flat keys of its parts (forms, flat records)', () => {
  it('finds each part under keys sharing a birth-date prefix, any order', () => {
    expect(births('dob_day=3&dob_month=3&dob_year=1985')).toEqual(['3', '3', '1985']);
    expect(births('{"dob_day": 3, "dob_month": 3, "dob_year": 1985}')).toEqual(['3', '3', '1985']);
    expect(births('birth_date[day]=3&birth_date[month]=3&birth_date[year]=1985')).toEqual(['3', '3', '1985']);
    expect(births('individual[dob][year]=1985&individual[dob][month]=4&individual[dob][day]=3')).toEqual([
      '1985',
      '4',
      '3',
    ]);
    expect(
      births('individual%5Bdob%5D%5Bday%5D=3&individual%5Bdob%5D%5Bmonth%5D=4&individual%5Bdob%5D%5Byear%5D=1985'),
    ).toEqual(['3', '4', '1985']);
    expect(
      births('curl -d "individual[dob][day]=3" -d "individual[dob][month]=4" -d "individual[dob][year]=1985"'),
    ).toEqual(['3', '4', '1985']);
    expect(births('{"dobDay": "03", "dobMonth": "04", "dobYear": "1985", "name": "Ana"}')).toEqual([
      '03',
      '04',
      '1985',
    ]);
    expect(births('fecha_nacimiento_dia=3&fecha_nacimiento_mes=4&fecha_nacimiento_año=1985')).toEqual([
      '3',
      '4',
      '1985',
    ]);
  });

  it('needs the three parts of one prefix, an existing date and a birth-date prefix', () => {
    expect(births('dob_day=3&dob_month=4')).toEqual([]);
    expect(births('dob_day=31&dob_month=2&dob_year=1985')).toEqual([]);
    expect(births('exp_day=3&exp_month=4&exp_year=2027')).toEqual([]);
    expect(births('birth_place_day=3&birth_place_month=4&birth_place_year=1985')).toEqual([]);
    expect(births('dob_day=3&birth_month=4&dob_year=1985')).toEqual([]);
    expect(births('dob_day=3a&dob_month=4&dob_year=1985')).toEqual([]);
    expect(births('birthday=3&dob_month=4&dob_year=1985')).toEqual([]);
    expect(births(`dob_day=3&${'x'.repeat(600)}&dob_month=4&dob_year=1985`)).toEqual([]);
  });
});

describe('DATE_OF_BIRTH with parts left out (a month and a day, a month and a year, a year)', () => {
  it('finds a month and a day, and a month and a year, the first date after a birth word', () => {
    expect(births('born March 3')).toEqual(['March 3']);
    expect(births('born 3 March')).toEqual(['3 March']);
    expect(births('Birthday: 3rd of March')).toEqual(['3rd of March']);
    expect(births('her birthday is on March 3rd.')).toEqual(['March 3rd']);
    expect(births('date of birth is the 3rd of March')).toEqual(['3rd of March']);
    expect(births('birth date: March 3')).toEqual(['March 3']);
    expect(births('nació el 3 de marzo')).toEqual(['3 de marzo']);
    expect(births('cumpleaños: 3 de marzo')).toEqual(['3 de marzo']);
    expect(births('DOB: 03/14')).toEqual(['03/14']);
    expect(births('born in March 1985')).toEqual(['March 1985']);
    expect(births('nacida en marzo de 1985')).toEqual(['marzo de 1985']);
    expect(births('born March 3, 85')).toEqual(['March 3, 85']);
    // A full date stays one span, of the date-of-birth recognizer.
    expect(births('born March 3, 1985')).toEqual(['March 3, 1985']);
  });

  it('keeps a year alone, unless it puts the person over 89 (HIPAA Safe Harbor)', () => {
    expect(births('born in 1985')).toEqual([]);
    expect(births('year of birth: 1985')).toEqual([]);
    expect(births('birth_year: 1985')).toEqual([]);
    expect(births('born in 1930')).toEqual(['1930']);
    expect(births('year of birth: 1930')).toEqual(['1930']);
    expect(births('birth year: 1930')).toEqual(['1930']);
    expect(births('yearOfBirth=1930')).toEqual(['1930']);
    expect(births('nació en el año 1930')).toEqual(['1930']);
    // Not right after the birth word, or not a year.
    expect(births('born in Madrid in 1930')).toEqual([]);
    expect(births('born in the 1930s')).toEqual([]);
    expect(births('birth rate fell in 1930')).toEqual([]);
  });

  it('needs the birth word to name the date: events, other clauses, other keys, other births', () => {
    expect(births('birthday party on March 3')).toEqual([]);
    expect(births('fiesta de cumpleaños el 3 de marzo')).toEqual([]);
    expect(births('born in Madrid, joined on March 3')).toEqual([]);
    expect(births('born 1985, joined on March 3')).toEqual([]);
    expect(births('Date of birth unknown; appointment March 3')).toEqual([]);
    expect(births('dob: null, visit: March 3')).toEqual([]);
    expect(births('birth certificate issued March 3')).toEqual([]);
    expect(births('The company was born in 2010 and on March 3 launched')).toEqual([]);
    expect(births('birthdays in May 2024')).toEqual([]);
    expect(births('born 3 weeks early')).toEqual([]);
    expect(births('born on 3/4 of the way')).toEqual([]);
    expect(births('born February 30')).toEqual([]);
    expect(births('nacionalidad: española, alta el 3 de marzo')).toEqual([]);
    expect(births('Appointment on March 3')).toEqual([]);
  });
});

describe('birth dates after the short forms of letters and records in other languages', () => {
  it('reads `geb.`, `né le`, `nata il`, Turkish and Nordic labels', () => {
    expect(births('Frau Anna Schröder, geb. 03.02.1975')).toEqual(['03.02.1975']);
    expect(births('Client né le 12/06/1948 à Lyon')).toEqual(['12/06/1948']);
    expect(births('Cliente nata il 14/05/1988 a Roma')).toEqual(['14/05/1988']);
    expect(births('Doğum tarihi: 14.05.1988')).toEqual(['14.05.1988']);
    expect(births('Fødselsdato: 17.04.1990')).toEqual(['17.04.1990']);
  });

  it('leaves other dates alone', () => {
    expect(births('NATO summit on 12/06/2024')).toEqual([]);
    expect(births('Lieferung am 03.02.2025')).toEqual([]);
  });
});

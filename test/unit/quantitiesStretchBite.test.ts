// Numbers as treaties write them in lists, ranges and French (model/quantities.ts), in the form
// of quantitiesBite.test.ts: a text and its whole reading, quantities as `written=value unit`,
// dates as `written@year-month-day`. Two numbers joined by and/or/и/et or a comma are two
// amounts, not one sum (a bug: `thirty and sixty days` was 90, `thirty, sixty` ran together),
// and the first takes the unit written after the last (`тридцати и шестидесяти дней`: thirty
// days too), as in a range (`from thirty to sixty days`, `十五至三十日`); French hundreds, eighties
// and millions (`deux cents`, `quatre-vingt-dix`, `trois millions`); dates with `1er`, `16th day
// of`, `«16» июля`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numbersRead } from '../support/numbers';

const read = numbersRead;

const CASES: [string, string | undefined, string, string[]][] = [
  // Two numbers joined by a conjunction.
  ['two numbers in words joined by and are two amounts, the first counting the unit of the second', 'en',
    'The Parties shall notify each other within thirty and sixty days respectively.', ['thirty=30 day', 'sixty days=60 day']],
  ['joined by or, each repeated in digits', 'en', 'within thirty (30) or sixty (60) days', ['thirty (30)=30 day', 'sixty (60) days=60 day']],
  ['a number in digits before or takes the unit of the one after it', 'en', 'within 30 or 60 days', ['30=30 day', '60 days=60 day']],
  ['and still joins the parts of one number after hundred or thousand, but not two amounts of thousands', 'en',
    'two hundred and fifty days, one thousand and five hundred tonnes, five thousand and ten thousand dollars', [
      'two hundred and fifty days=250 day', 'one thousand and five hundred=1500', 'five thousand=5000', 'ten thousand=10000']],
  ['Russian: и and или join two amounts', 'ru',
    'в течение тридцати и шестидесяти дней соответственно, либо пяти или десяти лет', ['тридцати=30 day', 'шестидесяти дней=60 day', 'пяти=5 year', 'десяти лет=10 year']],
  ['Russian, each repeated in digits', 'ru', 'не позднее тридцати (30) и шестидесяти (60) дней', ['тридцати (30)=30 day', 'шестидесяти (60) дней=60 day']],
  ['French: et joins two amounts, but is a part of vingt et un and soixante et onze', 'fr',
    'dans un délai de trente et soixante jours respectivement, de vingt et un jours ou de soixante et onze jours', [
      'trente=30 day', 'soixante jours=60 day', 'vingt et un jours=21 day', 'soixante et onze jours=71 day']],
  // Commas.
  ['a comma ends a number in words: a list of three', 'en', 'within fifteen, twenty or thirty days', ['fifteen=15 day', 'twenty=20 day', 'thirty days=30 day']],
  ['a comma ends a number in words, before and', 'en', 'at rates of five, ten and fifteen per cent', ['five=5 percent', 'ten=10 percent', 'fifteen per cent=15 percent']],
  ['a comma after hundred ends the number', 'en', 'within one hundred, one hundred and twenty or one hundred and fifty days', [
    'one hundred=100 day', 'one hundred and twenty=120 day', 'one hundred and fifty days=150 day']],
  ['Russian: a list with commas', 'ru', 'в течение тридцати, шестидесяти или девяноста дней', ['тридцати=30 day', 'шестидесяти=60 day', 'девяноста дней=90 day']],
  ['the digits of a list each count, after an article reference too', 'en', 'Articles 5, 6 and 7 provide 10, 20 and 30 days', ['10=10 day', '20=20 day', '30 days=30 day']],
  // Ranges.
  ['a range in words: the first takes the unit of the second', 'en', 'from thirty to sixty days', ['thirty=30 day', 'sixty days=60 day']],
  ['a range in Russian', 'ru', 'от тридцати до шестидесяти дней', ['тридцати=30 day', 'шестидесяти дней=60 day']],
  ['a range in French', 'fr', 'de trente à soixante jours', ['trente=30 day', 'soixante jours=60 day']],
  ['a range and a choice in Chinese, in words and in digits (三十 before 和 and no number: none)', 'zh', '在十五至三十日内，或在三十或六十日内，或30至60日；三十和其他', ['十五=15 day', '三十日=30 day', '三十=30 day', '六十日=60 day', '30=30 day', '60日=60 day']],
  // A word between the number and its unit.
  ['calendar, working and business days are days', 'en', 'within sixty (60) calendar days, thirty working days or ten business days', [
    'sixty (60) calendar days=60 day', 'thirty working days=30 day', 'ten business days=10 day']],
  ['календарных and рабочих дней are days', 'ru', 'в течение шестидесяти (60) календарных дней или десяти рабочих дней', [
    'шестидесяти (60) календарных дней=60 day', 'десяти рабочих дней=10 day']],
  ['工作日 is a day, after 个 too', 'zh', '在三十个工作日内，或二十至三十个工作日', ['三十个工作日=30 day', '二十=20 day', '三十个工作日=30 day']],
  ['per centum, as older treaties write it', 'en', 'a duty of ten per centum ad valorem, or 25 per centum', ['ten per centum=10 percent', '25 per centum=25 percent']],
  ['a period in digits after a list of articles is a quantity; the articles\' numbers are not', 'en', 'Articles 5 to 7 and 30 days', ['30 days=30 day']],
  ['the same in Russian, after a comma', 'ru', 'статьи 5 и 6, 30 дней', ['30 дней=30 day']],
  ['two further years, five more years, successive and consecutive calendar days: periods', 'en',
    'for five more years, two additional years, three further years or thirty consecutive calendar days', [
      'five more years=5 year', 'two additional years=2 year', 'three further years=3 year', 'thirty consecutive calendar days=30 day']],
  ['последующих and дополнительных лет, a qualifier in the instrumental case', 'ru', 'на пять последующих лет или два дополнительных года, тридцатью календарными днями', [
    'пять последующих лет=5 year', 'два дополнительных года=2 year', 'тридцатью календарными днями=30 day']],
  // French numbers.
  ['French hundreds in the plural and the eighties', 'fr', 'deux cents jours, quatre-vingts jours, quatre-vingt-dix jours, quatre-vingt-quinze jours', [
    'deux cents jours=200 day', 'quatre-vingts jours=80 day', 'quatre-vingt-dix jours=90 day', 'quatre-vingt-quinze jours=95 day']],
  ['French millions and milliards, in words and after digits', 'fr', "trois millions de dollars, deux milliards d'euros, 2 millions de francs", [
    'trois millions=3000000', 'deux milliards=2000000000', '2 millions=2000000']],
  // Dates.
  ['a French date on the first of a month, 1er', 'fr', 'le présent Accord entre en vigueur le 1er janvier 2001', ['1er janvier 2001@2001-1-1']],
  ['an English date with an ordinal day of a month, and month first with a comma', 'en', 'Done at London this 16th day of July, 2001, and on July 16, 1996, or the 1st of January 2001', [
    '16th day of July, 2001@2001-7-16', 'July 16, 1996@1996-7-16', '1st of January 2001@2001-1-1']],
  ['a range of dates whose start is written short takes the month and year of its end', 'en', 'from 1 to 31 January 2001, and from 1 January to 31 March 2001', [
    '1@2001-1-1', '31 January 2001@2001-1-31', '1 January@2001-1-1', '31 March 2001@2001-3-31']],
  ['the same in Russian', 'ru', 'с 1 по 31 января 2001 года, с 1 января по 31 марта 2001 года', [
    '1@2001-1-1', '31 января 2001@2001-1-31', '1 января@2001-1-1', '31 марта 2001@2001-3-31']],
  ['the same in French, from the 1er', 'fr', 'du 1er au 31 janvier 2001', ['1er@2001-1-1', '31 janvier 2001@2001-1-31']],
  ['the end of a Chinese range written without its year is a date, not a number of days', 'zh', '自2001年1月1日至3月31日，或2001年1月1日至31日', [
    '2001年1月1日@2001-1-1', '3月31日@2001-3-31', '2001年1月1日@2001-1-1', '31日@2001-1-31']],
  ['a Chinese range in full-width digits; a range written with 到', 'zh', '２００１年１月１日至２月２８日，或2001年3月1日到4月1日', [
    '２００１年１月１日@2001-1-1', '２月２８日@2001-2-28', '2001年3月1日@2001-3-1', '4月1日@2001-4-1']],
  ['three days of one month, the last with month and year; a range word at the end of the text', 'en', 'on 1, 2 and 3 July 2001, from 1 to', [
    '2@2001-7-2', '3 July 2001@2001-7-3']],
  ['two numbers of days joined by and are no range of dates', 'en', 'within 30 and 60 days, between 5 and 10 July 2001', ['30=30 day', '60 days=60 day', '5@2001-7-5', '10 July 2001@2001-7-10']],
  ['a Russian date with the day in guillemets', 'ru', 'Совершено в Москве «16» июля 2001 года', ['«16» июля 2001@2001-7-16']],
  // Where lists, ranges and dates end.
  ['a number in words adds to the one before only below its last place: sixty and twenty, thirty and fifteen are two each', 'en',
    'within sixty and twenty days, or thirty and fifteen days, respectively', ['sixty=60 day', 'twenty days=20 day', 'thirty=30 day', 'fifteen days=15 day']],
  ['a comma after five hundred before a word that would add to it still ends it', 'en', 'five hundred, twenty or thirty days', ['five hundred=500 day', 'twenty=20 day', 'thirty days=30 day']],
  ['a comma and or (the serial comma)', 'en', 'thirty, sixty, or ninety days', ['thirty=30 day', 'sixty=60 day', 'ninety days=90 day']],
  ['a range written with a dash, in digits and in words, or a hyphen', 'en', 'within 30–60 days or thirty–sixty days, at 5-10 per cent', [
    '30=30 day', '60 days=60 day', 'thirty=30 day', 'sixty days=60 day', '5=5 percent', '10 per cent=10 percent']],
  ['Chinese: the unit after a repetition in brackets, a repetition of the first number, a list of three; digits before 或 and no number', 'zh',
    '三十或六十（60）日；三十（30）或六十日；五、十或十五日；30（三十）或其他', [
      '三十=30 day', '六十（60）日=60 day', '三十（30）=30 day', '六十日=60 day', '五=5 day', '十=10 day', '十五日=15 day', '30=30']],
  ['a number in words or digits at the end of the text; a joiner with nothing after it', 'en', 'within thirty or within 30', ['30=30']],
  ['a joiner at the end of the text', 'en', 'for thirty or', []],
  ['Chinese: a repetition in brackets after the second number, in a short text', 'zh', '三十或六十（60）日', ['三十=30 day', '六十（60）日=60 day']],
  ['a unit of two words is passed over whole: cent is no number', 'en', 'at 5 per cent or 10 per cent', ['5 per cent=5 percent', '10 per cent=10 percent']],
  ['a number with neither unit nor joiner after it takes no unit from elsewhere', 'en', 'within thirty or sixty days, five Parties', ['thirty=30 day', 'sixty days=60 day']],
  ['a plural of thousand with no number before it, near a number, is no amount', 'ru', 'пять лет, тысячи человек', ['пять лет=5 year']],
  ['millions with no number before them, near a number, are no amount', 'fr', 'cinq ans, des millions de personnes', ['cinq ans=5 year']],
  ['a month and day at the end of the text: no date', 'en', 'until July 16', ['16=16']],
  ['vingt et un at the start of the text', 'fr', 'vingt et un jours', ['vingt et un jours=21 day']],
  ['one thousand alone is an amount', 'en', 'a grant of one thousand US dollars', ['one thousand=1000']],
  ['a plural of thousand or million with no number before it is no amount', 'ru', 'тысячи человек и миллионы рублей', []],
  ['millions and milliards with no number before them are no amounts', 'fr', "des millions de personnes et des milliards d'euros", []],
  ['a multiplier in the instrumental case', 'ru', 'с двумя миллионами долларов', ['двумя миллионами=2000000']],
  ['monthly and yearly are no units', 'en', 'five monthly instalments and ten yearly payments', []],
  ['a decimal amount of four digits is no year', 'fr', "d'un montant de 1500,50 euros", ['1500,50=1500.5']],
  ['dates cut short at the end of the text: no date, the day a number', 'en', 'from July 16 until the 16th', ['16=16', '16=16']],
  ['a day and month at the end of the text, or before a word of four letters: no date', 'en', 'on 5 July each year, until 5 July', ['5=5', '5=5']],
  ['a date month first without the comma', 'en', 'signed on July 16 1996', ['July 16 1996@1996-7-16']],
  ['a guillemet opened before the day and not closed after it: the date from the day', 'ru', 'Договор «16 июля 2001 года»', ['16 июля 2001@2001-7-16']],
];

for (const [name, lang, text, expected] of CASES) {
  test(`numbers (lists, ranges, French): ${name}`, () => assert.deepEqual(read(text, lang), expected));
}

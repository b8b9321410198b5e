// The numbers a text says, as the quantities tests write them: `30日=30 day`, `2001年1月1日@2001-1-1`.
import { numbersIn } from '../../server/src/model/quantities';

/** Every quantity (`written=value unit`) and date (`written@year-month-day`) read in `text`, in `lang`. */
export function numbersRead(text: string, lang: string | undefined): string[] {
  const n = numbersIn(text, 0, text.length, lang);
  return [
    ...n.quantities.map((q) => `${text.slice(q.start, q.end)}=${q.value}${q.unit ? ` ${q.unit}` : ''}`),
    ...n.dates.map((d) => `${text.slice(d.start, d.end)}@${d.year}-${d.month ?? ''}-${d.day ?? ''}`),
  ];
}

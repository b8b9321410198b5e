// A name holding a qualifier 与…有关的 / 与…相关的 before its head (`與貿易有關的知識產權理事會(“TRIPS理事會”)`, the WTO's TRIPS
// Council: test/fixtures/real/agreement_wto_trips_1994_chinadaily_p3_hant.md): those words are the name's own, not a clause
// before it, so a short name stands for the whole (`…签订的《…》(以下简称…)` still drops what its 的 ends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

function meaning(name: string, source: string, term: string, want: string): void {
  test(`definitions: ${name}`, () => {
    const d = textContext(source).treaty.definitions.find((x) => x.term === term);
    assert.equal(d?.meaning, want);
  });
}

meaning('与貿易有關的 inside a council\'s name (TRIPS)', '# 與貿易有關的知識產權協定\n\n## 第3條\n\n任何成員均應向與貿易有關的知識產權理事會(“TRIPS理事會”)做出通知。\n', 'TRIPS理事會', '與貿易有關的知識產權理事會');
// The same name in full-width brackets (`（“`): read as in ASCII ones (definitions.ts BRACKET_QUOTE looks for both at once).
meaning('与貿易有關的 inside a council\'s name, full-width brackets', '# 與貿易有關的知識產權協定\n\n## 第3條\n\n任何成員均應向與貿易有關的知識產權理事會（“TRIPS理事會”）做出通知。\n', 'TRIPS理事會', '與貿易有關的知識產權理事會');
meaning('与…相关的 after 本市, no name joined at its 与', '# 上海市会展业条例\n\n## 第七条\n\n本市与会展业相关的行业协会、促进机构等行业组织（以下统称“会展行业组织”）应当加强行业自律。\n', '会展行业组织', '与会展业相关的行业协会、促进机构等行业组织');
meaning('a qualifier ending with another 的 still cut (…签订的)', '# 协定\n\n## 第一条\n\n双方根据一九八四年签订的航空运输协定（以下简称“协定”），达成协议如下。\n', '协定', '航空运输协定');

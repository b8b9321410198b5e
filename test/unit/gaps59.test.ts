// Real-text gaps session 58 left (docs/variants.md, "Read in session 58"; test/fixtures/real known-failures.json), read by rules
// in session 59 (s59features). Each rule is about how Chinese treaty and law text is written or copied, shown on fixture strings
// of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';

/** The article references read, each as its words and what it names of this text: `第二款 art 2`, `第三款 art 4¶3`. */
function articleRefs(source: string): string[] {
  const t = buildTreaty(source);
  return referencesOf(t).filter((r) => r.kind === 'article').map((r) => {
    if (r.kind !== 'article') return '';
    const where = r.citation ? ` of ${r.citation.normalized}` : '';
    return `${source.slice(r.start, r.end)} art ${r.target.num}${r.target.paragraph !== undefined ? `¶${r.target.paragraph}` : ''}${where}`;
  });
}

// 1. A unit of another instrument that an older treaty names by what was concluded, not by a kind of instrument (the 1887
// Sino-Portuguese treaty, test/fixtures/real/treaty_qing_pt_amity_commerce_1887_zhesa_hant.md: `二、前在大西洋國京都理斯波阿所訂預立節略
// 内,大西洋國永居、管理澳門之第二款,大清國仍允無異。`, the Lisbon protocol's article 2; 節略 is no kind of instrument): the clause opens
// inside that instrument (所 and a verb of concluding, its name, 内 or 中), so the bare unit after it in the sentence is its unit, none
// of this text's points. So is the unit of "that treaty", `該約第二款`. This text's own units read as before: a bare unit in a
// sentence naming nothing concluded, and one inside what this text concluded (`本約所訂…内`).
const QING = (second: string, third = '') => `中葡和好通商條約\n\n一、兩國永遠敦篤友誼。\n\n二、${second}\n\n三、${third || '照第二款辦理。'}\n\n四、彼此遵守。\n`;

test('gaps 59: a bare unit after `所訂<name>内,` is the unit of the instrument the clause opened inside, not this text\'s', () => {
  assert.deepEqual(articleRefs(QING('前在大西洋國京都理斯波阿所訂預立節略内,大西洋國永居、管理澳門之第二款,大清國仍允無異。')), ['第二款 art 2']);
  assert.deepEqual(articleRefs(QING('前在北京所訂節略中,關於界址之第一款,仍照行。')), ['第二款 art 2']);
  // In a text of articles, its 第N條 too.
  const articles = '中葡和好通商條約\n\n第一條 兩國永遠敦篤友誼。\n\n第二條 前在理斯波阿所訂預立節略内,大西洋國永居、管理澳門之第三條,大清國仍允無異。\n\n第三條 照第一條辦理。\n';
  assert.deepEqual(articleRefs(articles), ['第一條 art 1']);
  // "That treaty": another instrument's, as 原约 and 前约 are.
  assert.deepEqual(articleRefs(QING('所有該約第二款,一體遵守。')), ['第二款 art 2']);
  // The clause's sentence ended: the unit after it is this text's again (point 二, as `照第二款辦理` in point 三).
  assert.deepEqual(articleRefs(QING('前在北京所訂節略内,一切照行。', '照第二款辦理。')), ['第二款 art 2']);
  assert.deepEqual(articleRefs(QING('前在北京所訂節略内,一切照行。第一款所載,彼此遵守。')), ['第一款 art 2¶1', '第二款 art 2']);
  // What this text concluded (本約所訂…内): its own unit.
  assert.deepEqual(articleRefs(QING('本約所訂節略内,澳門之第一款照行。')), ['第一款 art 2¶1', '第二款 art 2']);
});


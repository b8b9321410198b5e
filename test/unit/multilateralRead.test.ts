// Readings of multilateral conventions as public pages give them (test/fixtures/real/convention_*,
// the session reading ten of them): each case a text and what a reader sees in it, written by
// reading the text. The rules are about Chinese treaty text, not about one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { partiesFromTitle } from '../../server/src/model/parties';

const outline = (text: string) => {
  const t = buildTreaty(text);
  return {
    chapters: t.chapters.map((c) => [c.name, c.caption, t.articles.filter((a) => a.chapter === c).map((a) => a.name)]),
    articles: t.articles.map((a) => [a.name, a.caption, a.paragraphs.length]),
  };
};

test('a convention pasted as one line, its chapter captioned with a spaced word (第一章 总 则 第一条 …): the chapter and its article are read', () => {
  const body = '统一国际航空运输某些规则的公约 本公约的当事国: 认识到现代化的必要性; 达成协议如下: 第一章 CAPTION 第一条 适用范围 一、本公约适用于所有国际运输。 二、就本公约而言,“国际运输”系指任何运输。';
  for (const caption of ['总 则', '总　　则', '总则', '总 那么']) {
    assert.deepEqual(outline(body.replace('CAPTION', caption)), {
      chapters: [['第一章', caption.replace(/[ \u3000]/g, ''), ['第一条']]],
      articles: [['第一条', '适用范围', 2]],
    }, caption);
  }
  // Running text naming a chapter and an article is no heading.
  const running = '统一国际航空运输某些规则的公约 本公约的当事国: 达成协议如下: 第一条 适用范围 一、依照本公约第二章 有关 第三条的规定。';
  assert.deepEqual(outline(running).chapters, []);
});

test('a term quoted 〝…〞 (a converted page\'s quotation marks), and one defined in tortoise-shell brackets 〔以下称“…”〕', () => {
  const text = '# 统一国际航空运输某些规则的公约\n\n本公约的当事国：\n\n认识到一九二九年十月十二日在华沙签订的《统一国际航空运输某些规则的公约》〔以下称“华沙公约”〕的重要贡献；\n\n达成协议如下：\n\n第一条　适用范围\n\n一、就本公约而言，“国际运输〞系指任何运输。华沙公约不适用。\n\n二、就本公约而言，〝承运人〞系指运输的人。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [
    ['华沙公约', '《统一国际航空运输某些规则的公约》'],
    ['国际运输', '任何运输'],
    ['承运人', '运输的人'],
  ]);
});

test('a document site\'s file name as the title line (国际民用航空公约Word格式.docx): the title is the instrument\'s', () => {
  for (const [line, title] of [
    ['国际民用航空公约Word格式.docx', '国际民用航空公约'],
    ['国际民用航空公约.pdf', '国际民用航空公约'],
    ['国际民用航空公约 PDF格式.doc', '国际民用航空公约'],
    // No kind before it: the line is what it is.
    ['第三课课件Word格式.docx', undefined],
  ] as const) {
    const t = buildTreaty(`${line}\n\n缔约各国议定如下：\n\n第一条\n\n缔约各国承认每一国家对其领空具有完全的和排他的主权。\n`);
    assert.equal(t.title?.text === line ? undefined : t.title?.text, title, line);
  }
});

test('本法院 (the Court: the Rome Statute, the ICJ Statute), 本法庭, 本法官, 本法人 are words of their own, no self-reference 本法; 本法 and 本规约 are', () => {
  const text = '# 国际刑事法院罗马规约\n\n第一编　法院的设立\n\n第一条　法院\n\n兹设立国际刑事法院(“本法院”)。本法院为常设机构，本法庭的法官即本法官，本法人亦同。本法院的管辖权由本规约的条款加以规定。\n';
  const refs = referencesOf(buildTreaty(text)).map((r) => text.slice(r.start, r.end));
  // (本法院 is read as the defined short name it is, not as 本法.)
  assert.deepEqual(refs.filter((r) => r === '本法' || r === '本规约'), ['本规约']);
  const law = '# 中华人民共和国某某法\n\n第一条　为了规范某某，制定本法。\n\n第二条　本法自公布之日起施行，本法律另有规定的除外。\n';
  // (本法律 is the law too, the whole word: Macao's laws call themselves so.)
  assert.deepEqual(referencesOf(buildTreaty(law)).map((r) => law.slice(r.start, r.end)).filter((r) => r.startsWith('本')), ['本法', '本法', '本法律']);
});

test('the UN\'s record of adoption above a convention (…第44/25号决议通过并开放给各国签字、批准和加入) is no signing clause; the testimonium is', () => {
  // A page cut in the preamble (no article yet), the record under the title.
  const head = '儿童权利公约\n联合国大会一九八九年十一月二十日第44/25号决议通过并开放给各国签字、批准和加入\n生效：按照第49条规定，于1990年9月2日生效。\n序言\n本公约缔约国，\n考虑到按照《联合国宪章》所宣布的原则，\n铭记';
  assert.equal(buildTreaty(head).signing, undefined);
  assert.equal(buildTreaty(head.replace('决议通过并开放', '決議通過並開放')).signing, undefined);
  const signed = head + '联合国人民的信念，\n兹协议如下：\n\n第一条\n\n为本公约之目的，儿童系指18岁以下的任何人。\n\n本公约于1990年1月26日在纽约联合国总部开放签字，下列签署人经各自政府正式授权在本公约上签字，以资证明。\n';
  const s = buildTreaty(signed).signing;
  assert.deepEqual([s?.date?.year, s?.date?.month, s?.date?.day, s?.place], [1990, 1, 26, '纽约联合国总部']);
});

test('a short name in brackets with no 以下简称 (国际刑事法院(“本法院”), 荷兰(“东道国”)海牙, …或司法执行员(“执达员”)) stands for the words right before it', () => {
  const text = '# 国际刑事法院罗马规约\n\n第一编　法院的设立\n\n第一条　法院\n\n兹设立国际刑事法院(“本法院”)。本法院为常设机构。\n\n第二条　法院所在地\n\n（一）本法院设在荷兰(“东道国”)海牙。\n\n（二）本法院应当与东道国缔结总部协定。\n\n第三条　文书\n\n本规约适用于由检察官、法院书记员或司法执行员（“执达员”）出具的文书，执达员应当签字。\n';
  assert.deepEqual(buildTreaty(text).definitions.map((d) => [d.term, d.meaning]), [['本法院', '国际刑事法院'], ['东道国', '荷兰'], ['执达员', '司法执行员']]);
  // A quotation in brackets that is a sentence, or names nothing before it, defines nothing.
  const none = '# 某公约\n\n第一条　宗旨\n\n缔约各方重申（“和平共处”的原则，不容违反。）\n\n（“本条”）见上。\n';
  assert.deepEqual(buildTreaty(none).definitions.map((d) => d.term), []);
});

test('a convention converted from a word processor, a blank line after every line (第一条 / 主权 / 缔约各国…): each article\'s caption is read', () => {
  const text = '# 国际民用航空公约\n\n第一条 \n\n主权\n\n缔约各国承认每一国家对其领土之上的空气空间具有完全的和排他的主权。\n\n第二条 \n\n领土\n\n本公约所指一国的领土，应认为是陆地区域及与其邻接的领水。\n\n第三条 \n\n民用航空器和国家航空器\n\n一、本公约仅适用于民用航空器。\n\n二、用于军事、海关和警察部门的航空器，应认为是国家航空器。\n';
  assert.deepEqual(outline(text).articles, [['第一条', '主权', 1], ['第二条', '领土', 1], ['第三条', '民用航空器和国家航空器', 2]]);
  // A sentence's first words wrapped there are no caption (its subject acts: 双方同意…).
  assert.deepEqual(outline('# 某协定\n\n第一条\n\n双方同意在边境\n\n地区开展合作。\n').articles, [['第一条', undefined, 1]]);
});

test('a convention\'s title of verbs joined by 及 (承认及执行外国仲裁裁决公约) names no parties, so no party\'s copy is made; a bilateral title still does', () => {
  assert.deepEqual(partiesFromTitle('承认及执行外国仲裁裁决公约', '公约'), []);
  assert.deepEqual(partiesFromTitle('中华人民共和国和俄罗斯联邦睦邻友好合作条约', '条约'), ['中华人民共和国', '俄罗斯联邦']);
  assert.deepEqual(partiesFromTitle('中华人民共和国政府和老挝人民民主共和国政府边界制度条约', '条约'), ['中华人民共和国政府', '老挝人民民主共和国政府']);
});

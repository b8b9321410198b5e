// A site's words around a title that are no part of it, found on real pages (test/fixtures/real): a document site's
// edition words after the kind of the file it offers (`亞洲基礎設施投資銀行協定官方版(DOC 59頁)`, agreement_aiib_2015_damarti_hant.md);
// a wiki's navigation line, the link to the preamble's page before the work's name (`序言 区域全面经济伙伴关系协定`,
// agreement_rcep_2020_ch1_wikisource.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

function title(name: string, source: string, want: string | undefined, kind?: string): void {
  test(`title: ${name}`, () => {
    const t = textContext(source).treaty;
    assert.equal(t.title?.text, want);
    if (kind !== undefined) assert.equal(t.kind, kind);
  });
}

const BODY = '第一章宗旨\n第一條宗旨\n一、銀行宗旨在於促進區域內發展。\n第二條職能\n為履行其宗旨,銀行應具有下列職能。\n';

title('a file name\'s edition words after the kind, its size in brackets (官方版(DOC 59頁))', `所屬分類:法律\n亞洲基礎設施投資銀行協定官方版(DOC 59頁)\n${BODY}`, '亞洲基礎設施投資銀行協定', '协定');
title('完整版, 最新版 likewise', `亚洲基础设施投资银行协定完整版\n${BODY}`, '亚洲基础设施投资银行协定', '协定');

const CHAPTER = '第一章 初始条款和一般定义\n\n第一条 区域全面经济伙伴关系自由贸易区的建立\n\n本协定缔约方特此依照本协定条款建立自由贸易区。\n\n第二条 一般定义\n\n就本协定而言:\n';
title('a wiki\'s navigation: the preamble\'s link before the work\'s name', `区域全面经济伙伴关系协定/第一章 初始条款和一般定义\n\n序言 区域全面经济伙伴关系协定\n第一章 初始条款和一般定义\n2020年11月15日于河内\n${CHAPTER}`, '区域全面经济伙伴关系协定', '协定');

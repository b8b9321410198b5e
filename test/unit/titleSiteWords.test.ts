// A site's words around a title that are no part of it, found on real pages (test/fixtures/real): a document site's
// edition words after the kind of the file it offers (`亞洲基礎設施投資銀行協定官方版(DOC 59頁)`, agreement_aiib_2015_damarti_hant.md).
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

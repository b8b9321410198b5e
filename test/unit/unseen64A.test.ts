// Session 64's unseen real texts (bilateral and historical): the readings their first reads lacked, as data — the text as a
// drafter pastes it and the answer a reader gives. Each rule is about how Chinese treaty text is written or copied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { normalizeTitle } from '../../server/src/model/treaty';
import { inWorkspace, at } from '../support/review';

const NAURU = '中华人民共和国政府和瑙鲁共和国政府关于互免持特定类别护照人员签证的协定';
const AGREEMENT = `# ${NAURU}\n\n中华人民共和国政府和瑙鲁共和国政府（以下简称“双方”），达成协议如下：\n\n第一条 持有效外交护照的公民免办签证。\n\n第二条 本协定自签字之日起生效。\n`;
// A news page converted by a tool that left toneless pinyin after some characters of the name it cites.
const CITING = '# 中华人民共和国政府和瑙鲁共和国政府关于执行签证协定的换文\n\n根据《中(zhong)华人民共和国政府和瑙鲁共和国政府关于互免(mian)持特(te)定(ding)类别护照人员签(qian)证的协(xie)定(ding)》第二条，双方同意如下：\n\n一、双方交换护照样本。\n\n二、本换文自签字之日起生效。\n';

test('unseen 64A: a citation whose name carries a converter\'s toneless pinyin reaches the workspace\'s copy', () => {
  const ws = inWorkspace({ 'b.md': CITING, 'a.md': AGREEMENT });
  const targets = definition(ws('b.md'), at(CITING, '》第二条', 2)).map((l) => `${l.targetUri.replace('file:///ws/', '')} ${l.targetSelectionRange.start.line}`);
  assert.deepEqual(targets, ['a.md 6']);
});

// One bracketed word after a character is the drafter's (a syllable's letters, as an item's `(a)` or a numeral's `(ii)`
// are not): the key keeps it; two or more glosses are a converter's.
test('unseen 64A: one bracketed small-letter word is kept in a title\'s key, a converter\'s glosses are not', () => {
  assert.equal(normalizeTitle('甲国和乙国关于合作的协定(bian)'), '甲国和乙国关于合作的协定（bian）');
  assert.equal(normalizeTitle('甲国和乙国关于合(he)作的协(xie)定'), '甲国和乙国关于合作的协定');
  assert.equal(normalizeTitle('甲国和乙国关于合作(ii)的协定(iv)'), '甲国和乙国关于合作（ii）的协定（iv）');
});

// Session 47's drafter's review of the features: what session 46's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inWorkspace } from '../support/review';
import { Location } from 'vscode-languageserver-types';
import { documentHighlights, references } from '../../server/src/features/references';

/** Each location as `file line:character-character`. */
const where = (ls: Location[]): string[] => ls.map((l) => `${decodeURI(l.uri.split('/').pop()!)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);

// 1a. A protocol's 本协定 is its agreement (session 46: hover, definition). Find references on it, and on the agreement's
// title, list the agreement's title and every 本协定 of the protocol, as a citing document's citations are listed.
const DE_PROTOCOL = [
  '中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定的议定书', // 0
  '', // 1
  '值此中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定签字之际,双方正式授权的代表议定下列条款:', // 2
  '', // 3
  '一、本协定的各项规定适用于缔约双方的投资。', // 4
  '', // 5
  '本议定书与协定同时生效。本协定的其他规定不受影响。', // 6
  '',
].join('\n');
const DE_AGREEMENT = [
  '# 中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定', // 0
  '',
  '## 第一条', // 2
  '',
  '本协定所称“投资”，系指缔约一方投资者投入的各种财产。', // 4
  '',
].join('\n');

test('a protocol\'s 本协定: find references list the agreement\'s title and the protocol\'s every 本协定', () => {
  const ws = inWorkspace({ 'protocol.md': DE_PROTOCOL, 'agreement.md': DE_AGREEMENT });
  const uses = ['protocol.md 4:2-5', 'protocol.md 6:12-15'];
  const last = DE_PROTOCOL.lastIndexOf('本协定') + 1;
  assert.deepEqual(where(references(ws(), last, true)), ['agreement.md 0:2-32', ...uses]);
  assert.deepEqual(where(references(ws(), last, false)), uses);
  // From the agreement's title: the same uses (its own 本协定 are no references to it from elsewhere).
  assert.deepEqual(where(references(ws('agreement.md'), 5, false)), uses);
  // In the protocol, each of its 本协定 is highlighted.
  assert.deepEqual(documentHighlights(ws(), last).map((h) => `${h.range.start.line}:${h.range.start.character}`), ['4:2', '6:12']);
  // A protocol to another agreement: its 本协定 is not this one.
  const other = DE_PROTOCOL.replace('相互保护投资的协定的议定书', '相互保护投资的协定的补充议定书').replace(/促进和相互保护投资/g, '海运');
  assert.deepEqual(where(references(inWorkspace({ 'protocol.md': other, 'agreement.md': DE_AGREEMENT })('agreement.md'), 5, false)), []);
});

// Articles written alike (offences under one template, law_hk_national_security's 第二十条–第二十三条):
// after an article before them is deleted and the rest renumbered with their references, each is
// paired with the article in sequence, not with another written alike (compare.ts, match).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changes } from '../support/versions';

const OLD = `第十七条　本节规定适用于下列犯罪。

第十八条　有关机关应当依法追诉。

第十九条　犯本节之罪的，依法从重处罚。

第二十条　任何人组织、策划、实施或者参与实施分裂国家行为的，即属犯罪。

第二十一条　任何人煽动、协助、教唆、以金钱或者其他财物资助他人实施本法第二十条规定的犯罪的，即属犯罪。

第二十二条　任何人组织、策划、实施或者参与实施颠覆国家政权行为的，即属犯罪。

第二十三条　任何人煽动、协助、教唆、以金钱或者其他财物资助他人实施本法第二十二条规定的犯罪的，即属犯罪。
`;

// 第十七条 deleted; every later article one lower, its references too.
const NEW = `第十七条　有关机关应当依法追诉。

第十八条　犯本节之罪的，依法从重处罚。

第十九条　任何人组织、策划、实施或者参与实施分裂国家行为的，即属犯罪。

第二十条　任何人煽动、协助、教唆、以金钱或者其他财物资助他人实施本法第十九条规定的犯罪的，即属犯罪。

第二十一条　任何人组织、策划、实施或者参与实施颠覆国家政权行为的，即属犯罪。

第二十二条　任何人煽动、协助、教唆、以金钱或者其他财物资助他人实施本法第二十一条规定的犯罪的，即属犯罪。
`;

test('compare: articles written alike, an article before them deleted and the rest renumbered — each paired in sequence', () => {
  assert.deepEqual(changes(OLD, NEW), [
    '-第十七条',
    '=第十八条→第十七条',
    '=第十九条→第十八条',
    '=第二十条→第十九条',
    '~第二十一条→第二十条',
    '=第二十二条→第二十一条',
    '~第二十三条→第二十二条',
  ]);
});

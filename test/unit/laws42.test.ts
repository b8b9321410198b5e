// What session 42's reading of LawRefBook/Laws' infos and hints found misread, as data (docs/variants.md, "Infos and hints over
// LawRefBook/Laws: a sample (session 42)"): each document has the spans it must flag marked ⟦…⟧ and the whole diagnostic of
// each (code, severity, message), so that a rule taken out, or reaching too far, fails here.
// Severities: 1 error, 2 warning, 3 information, 4 hint.
import { test } from 'node:test';
import { Whole, assertWholeDiagnostics } from '../support/wholeDiagnostics';

function described(name: string, source: string, want: Whole[]): void {
  test(`laws 42: ${name}`, () => assertWholeDiagnostics(source, want, {}));
}

const before = (term: string): Whole => ({ code: 'term.before-definition', severity: 4, message: `“${term}”在定义之前使用` });

// Two defined terms written overlapping (上海市中小学校外实践教育促进规定: `促进本市中小学校外实践教育高质量发展` before
// `中小学校（…）（以下简称学校）` and `本规定所称的校外实践教育，是指…`): the longer is the word, 学校 no use across 中小学|校外.
described('term.before-definition: not for a term whose last character opens a longer term (中小学|校外实践教育); 学校 alone is',
  '# 甲市中小学校外实践教育促进规定\n\n第一条 为了促进本市中小学校外实践教育发展，增强⟦学校⟧育人能力，制定本规定。\n\n第二条 本市行政区域内中小学校（含中等职业学校）（以下简称学校）开展校外实践教育活动，适用本规定。\n\n本规定所称的校外实践教育，是指学校组织学生在校外开展的实践教育活动。\n\n第三条 学校应当开展校外实践教育。\n', [
    before('学校'),
  ]);

// A member of the term's meaning written whole before the definition (北京中轴线文化遗产保护条例: `为了加强北京中轴线文化遗产保护` before
// `北京中轴线文化遗产（以下简称北京中轴线）`; 北京历史文化名城保护条例: `组织编制北京历史文化名城保护规划` before `编制北京历史文化名城
// 保护规划、专项保护规划、修建性详细规划（以下统称保护规划）`): the long form, no use of the short name; the short name alone is.
described('term.before-definition: not for the term inside its meaning written whole (北京中轴线文化遗产); the term alone is',
  '# 甲市中轴线文化遗产保护条例\n\n第一条 为了加强甲市中轴线文化遗产保护，制定本条例。\n\n第二条 ⟦甲市中轴线⟧的保护，适用本条例。\n\n甲市中轴线文化遗产（以下简称甲市中轴线），是指北端为鼓楼的建筑群。\n\n第三条 甲市中轴线的保护应当坚持保护为主。\n', [
    before('甲市中轴线'),
  ]);
described('term.before-definition: not for the term inside a long member of a collective name (北京历史文化名城保护规划)',
  '# 甲市历史文化名城保护条例\n\n第一条 市人民政府组织编制甲市历史文化名城保护规划，任何人有权对⟦保护规划⟧的实施提出建议。\n\n第二条 编制甲市历史文化名城保护规划、专项保护规划、修建性详细规划（以下统称保护规划），应当征求公众意见。\n\n第三条 保护规划应当按照统一标准编制。\n', [
    before('保护规划'),
  ]);

// The body a collective name gathers, after the verb 协助 in its phrase (浙江省无线电管理条例: `县（市、区）人民政府确定的部门协助省无线电
// 管理机构及其派出机构（以下统称无线电管理机构）`): the phrase is the bodies assisted, so `省无线电管理机构` written before it is the
// long form; before, the phrase began after 的 (`部门协助省…`) and the member inside it was a use.
described('term.before-definition: not for a member of a collective name after 协助 (省无线电管理机构); the name alone is',
  '# 甲省无线电管理条例\n\n第一条 省无线电管理机构负责本省的无线电管理工作，⟦无线电管理机构⟧的经费列入预算。\n\n第二条 县人民政府确定的部门协助省无线电管理机构及其派出机构（以下统称无线电管理机构）做好无线电管理工作。\n\n第三条 无线电管理机构依法监督。\n', [
    before('无线电管理机构'),
  ]);

// A chapter's or section's caption naming the subject its own articles define (青岛市职业教育条例: `## 第四章  校企合作` over
// `第二十七条 …开展合作（以下简称校企合作）`): a heading, no use before the definition; a caption over another chapter's definition is.
described('term.before-definition: not in the caption of the chapter defining the term; in another chapter\'s caption it is',
  '# 甲市职业教育条例\n\n## 第一章 总则\n\n第一条 为了发展职业教育，制定本条例。\n\n## 第二章 ⟦校企合作⟧基金\n\n第二条 市人民政府设立基金。\n\n## 第三章 校企合作\n\n第三条 职业学校与企业开展合作（以下简称校企合作）。\n\n第四条 企业开展校企合作依法享受税收优惠。\n', [
    before('校企合作'),
  ]);

// The long form naming the members of the term written just before it in its clause (公司登记管理条例: `公司类型包括有限责任公司和
// 股份有限公司`, after `有限责任公司和股份有限公司(以下统称公司)`): the term's meaning said again — 公司类型包括公司 would be no
// sentence; written again elsewhere it is a long form.
described('term.long-form: not for the members named after the term and 包括 (公司类型包括…); elsewhere it is',
  '# 甲公司登记条例\n\n第一条 有限责任公司和股份有限公司（以下统称公司）设立，应当依照本条例办理登记。\n\n第二条 公司类型包括有限责任公司和股份有限公司。\n\n第三条 ⟦有限责任公司和股份有限公司⟧应当公示信息。\n', [
    { code: 'term.long-form', severity: 4, message: '“有限责任公司和股份有限公司”已简称“公司”' },
  ]);

// A gazette named by the body or the state that publishes it (the Macao Chief Executive's notice: `刊登於…第五十期《政府公报》第一组`;
// Portugal's `《共和國公報》`; `《澳門特別行政區公報》`; an issue after the name, `《…常务委员会公报/2001年/第二号》`): no instrument a
// workspace could hold; a communique (公报 after 联合, 会议) still is one.
described('ref.citation-not-found: not for a gazette named by its publisher (政府公报, 共和国公报, 特别行政区公报, an issue after it)',
  '# 甲省条例\n\n第一条 本条例刊登于《政府公报》、《共和國公報》、《澳門特別行政區公報》和《甲省人民代表大会常务委员会公报/2001年/第二号》，依照⟦《中美联合公报》⟧制定。\n\n第二条 本条例自公布之日起施行。\n', [
    { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《中美联合公报》' },
  ]);

// Every string the server shows a person — diagnostics, hovers, quick-fix titles,
// command results, progress — in Chinese and English, in one table.
//
// The language follows the client's display language: `locale` in the
// initialization options, else LSP `initialize`'s `locale`. A locale starting
// with `zh` gives Chinese, any other gives English; a client that names none
// (most editors other than VS Code) gets Chinese, the language of the treaties.
// Only the words around the treaty are translated: the treaty's own text, and
// text the server inserts into it (quick fixes, snippets, new articles), stays
// as the treaty is written.
//
// The locale is set once, at initialization, by server.ts (`setLocale`); features
// read it through `msg`, so their signatures need no locale parameter.

export type Locale = 'zh-cn' | 'en';

export const LOCALES: readonly Locale[] = ['zh-cn', 'en'];

type Entry = Record<Locale, string>;

/** `{0}`, `{1}` … are filled from `msg`'s arguments. */
export const MESSAGES = {
  // Commands (workspace/executeCommand).
  'versions.noFile': { 'zh-cn': '只有磁盘上的文件才有上次提交的版本。', en: 'Only a file on disk has a version in the last commit.' },
  'versions.noCommit': { 'zh-cn': '无法读取上次提交的版本：{0}', en: 'Cannot read the version in the last commit: {0}' },
  // How a unit changed (compare.ts `explain`): in the display's language in the list Go to Changed Article shows; in Chinese
  // in the 修改对照表's 说明 column, a document, in every display.
  'change.added': { 'zh-cn': '新增', en: 'added' },
  'change.addedSplit': { 'zh-cn': '新增（由原{0}拆分）', en: 'added (split from {0})' },
  'change.deleted': { 'zh-cn': '删去', en: 'deleted' },
  'change.deletedMerged': { 'zh-cn': '删去（并入{0}）', en: 'deleted (merged into {0})' },
  'change.moved': { 'zh-cn': '原{0}移至{1}', en: '{0} moved to {1}' },
  'change.movedModified': { 'zh-cn': '原{0}移至{1}；内容修改', en: '{0} moved to {1}; text changed' },
  'change.renumbered': { 'zh-cn': '原{0}改为{1}', en: '{0} renumbered {1}' },
  'change.renumberedModified': { 'zh-cn': '原{0}改为{1}；内容修改', en: '{0} renumbered {1}; text changed' },
  'change.modified': { 'zh-cn': '内容修改', en: 'text changed' },
  'change.unchanged': { 'zh-cn': '未修改', en: 'unchanged' },
  'versions.refused': { 'zh-cn': '只能读取工作区文件夹中未被排除的文件在上次提交时的版本。', en: 'Only a file inside the workspace folders, not excluded, has its version in the last commit read: this one is {0}.' },
  // treaty.server.consolidate's problems in English (versionCommands.ts `problemShown`): consolidate.ts writes each in
  // Chinese, naming the clause's units as the text does; a Chinese display shows that as it is.
  'consolidate.noSuchArticle': { 'zh-cn': '没有这一条或章，未应用：{0}', en: 'Not applied: the base text has no such article or chapter ({0}).' },
  'consolidate.noSuchParagraph': { 'zh-cn': '没有这一款、段或标题，未应用：{0}', en: 'Not applied: the base text has no such paragraph or heading ({0}).' },
  'consolidate.noSuchItem': { 'zh-cn': '没有这一项，未应用：{0}', en: 'Not applied: the base text has no such item ({0}).' },
  'consolidate.textNotFound': { 'zh-cn': '原文中没有这一修改引用的文字，未应用：{0}', en: 'Not applied: the words the clause quotes from the base text are not there ({0}).' },
  'consolidate.conflict': { 'zh-cn': '另一条修改已改过同一处，未应用：{0}', en: 'Not applied: another clause changes the same text ({0}).' },
  'consolidate.ambiguous': { 'zh-cn': '这一修改所指不明，未应用：{0}', en: 'Not applied: the unit the clause names is not one unit of the base text ({0}).' },
  'consolidate.unreadable': { 'zh-cn': '无法读懂这一修改，未应用：{0}', en: 'Not applied: the clause could not be read ({0}).' },
  'consolidate.effectOnly': { 'zh-cn': '这一条款不修改条文的文字，需另行注明：{0}', en: 'The clause changes how the text applies, not its words: the consolidated text cannot show it, note it separately ({0}).' },
  'command.notTreaty': { 'zh-cn': '当前文件不是条约。', en: 'The current file is not a treaty.' },
  'command.noArticles': { 'zh-cn': '该文件没有“第…条”形式的条款，无法插入或重新编号。', en: 'This document has no 第…条 articles to insert among or renumber.' },
  'command.insertDangling': { 'zh-cn': '插入{0}后，悬空引用{1}会指向它，未插入。', en: 'With {0} inserted, the reference to no article {1} would point to it; nothing was inserted.' },
  'command.insertRelative': { 'zh-cn': '插入{0}后，{1}会改指新条款，未插入。请先把它写成条号。', en: 'With {0} inserted, {1} would name the new article; nothing was inserted. Write it as an article number first.' },
  'command.insertCaption': { 'zh-cn': '插入{0}后，{1}会被读作它前面的小标题，不再属于{2}，未插入。请先给这一行加上标点。', en: 'With {0} inserted, {1} would read as a sub-heading before it, no longer part of {2}; nothing was inserted. Punctuate that line first.' },
  'command.insertReshapes': { 'zh-cn': '插入{0}后，现在的{1}的标题或款项会被读成另一番样子，未插入。请先把条款标题和各款各自另起一行。', en: 'With {0} inserted, the caption or paragraphs of what is now {1} would read differently; nothing was inserted. Put each article heading and paragraph on a line of its own first.' },
  'command.insertReferences': { 'zh-cn': '插入{0}后，{1}不会再被读作同样的引用，未插入。请先把该处断开的文字接回一段。', en: 'With {0} inserted, {1} would no longer be read as the same reference; nothing was inserted. Join the text broken there into one paragraph first.' },
  'command.insertCited': { 'zh-cn': '插入{0}后，{1}指本文件的条款还是另一文件的条款会改变，未插入。请先写明它所指的文件（如“本协定第…条”或“《…》第…条”）。', en: 'With {0} inserted, whether {1} names an article of this text or of another instrument would change; nothing was inserted. Say first which instrument it names (本协定第…条 or 《…》第…条).' },
  'command.insertRereads': { 'zh-cn': '插入{0}后，本文件的条款会被读成另一番样子（{1}条变为{2}条），未插入。请先把条款标题各自另起一行。', en: 'With {0} inserted, this document\'s articles would read differently ({1} would become {2}); nothing was inserted. Put each article heading on a line of its own first.' },
  'command.insertChapters': { 'zh-cn': '插入{0}后，本文件的章、节或编会被读成另一番样子（{1}的标题），未插入。请先在该标题和条款之间写上文字，或把新条款插在别处。', en: 'With {0} inserted, this document\'s chapters, sections or parts would read differently (the heading of {1}); nothing was inserted. Write something between that heading and the article first, or insert the article elsewhere.' },
  'command.insertUnreadable': { 'zh-cn': '“{0}”在本文件中不会被识别为条款标题，未插入。', en: '“{0}” would not be read as an article heading in this document; nothing was inserted.' },
  'command.renumberNothing': { 'zh-cn': '条款编号已连续，无需重新编号。', en: 'The articles are already numbered in sequence.' },
  'command.renumberLabel': { 'zh-cn': '重新编号全部条款', en: 'Renumber articles' },
  'command.insertLabel': { 'zh-cn': '插入{0}', en: 'Insert {0}' },
  'command.editRejected': { 'zh-cn': '编辑器未接受修改。', en: 'The editor did not apply the edit.' },
  'command.editUnanswered': { 'zh-cn': '编辑器在 {0} 秒内未答复是否接受修改（workspace/applyEdit）。如编辑器此后仍作了修改，请检查文件。', en: 'The editor did not say within {0} s whether it applied the edit (workspace/applyEdit). If it applies it later, check the file.' },
  'command.fixGone': { 'zh-cn': '此修改已不适用于文件的当前内容。', en: 'The fix no longer applies to the document as it is now.' },
  'command.noApplyEdit': { 'zh-cn': '编辑器不支持由语言服务器修改文件（workspace/applyEdit），无法执行此命令。', en: 'The editor does not let the language server edit files (workspace/applyEdit): this command cannot run.' },
  'export.done': { 'zh-cn': '已导出 {0} 个文件到 {1}', en: 'Exported {0} file(s) to {1}' },
  'export.notOnDisk': { 'zh-cn': '请先保存文件：导出的文件写在条约文件旁边。', en: 'Save the file first: exported files are written beside it.' },
  'export.noLibreOffice': { 'zh-cn': '导出 PDF 需要 LibreOffice（soffice），当前未安装。Debian/Ubuntu：apt-get install libreoffice-writer fonts-noto-cjk；也可导出 Word 文档后用 Word 打印为 PDF。', en: 'PDF needs LibreOffice (soffice), which is not installed. Debian/Ubuntu: apt-get install libreoffice-writer fonts-noto-cjk; or export to Word and print to PDF from Word.' },
  'export.failed': { 'zh-cn': '导出失败：{0}', en: 'Export failed: {0}' },
  'command.noCitations': { 'zh-cn': '工作区中没有文件引用《{0}》。', en: 'No document in the workspace cites 《{0}》.' },
  'command.noTitle': { 'zh-cn': '该文件没有标题，其他文件无法引用它。', en: 'This document has no title, so no other document can cite it.' },
  // Server notices.
  'notice.binary': { 'zh-cn': '条约起草：{0} 似乎是二进制文件，不予分析。', en: 'Treaty Drafting: {0} looks like a binary file; it is not analysed.' },
  'notice.tooLarge': { 'zh-cn': '条约起草：{0} 过大，不予分析。', en: 'Treaty Drafting: {0} is too large to analyse; it is not analysed.' },
  // features/encodingNotice.ts: the editor read the file in the wrong encoding.
  'diag.encodingLegacy': { 'zh-cn': '此文件似乎不是 UTF-8 编码，而是 {1}：编辑器按 UTF-8 打开，{0} 个字符无法显示（�）。请用正确的编码重新打开（VS Code：点击状态栏中的“UTF-8”，或命令“通过编码重新打开”，选 {1}）；在此之前不做其他检查。', en: 'This file seems to be in {1}, not UTF-8: the editor opened it as UTF-8 and {0} characters cannot be shown (�). Reopen it in its encoding (VS Code: click “UTF-8” in the status bar, or the command “Reopen with Encoding”, and pick {1}); no other check runs until then.' },
  'diag.encodingUtf8': { 'zh-cn': '此文件似乎是 UTF-8 编码，却按其他编码（GBK、Big5）打开，{0} 个汉字成了乱码。请用 UTF-8 重新打开（VS Code：点击状态栏中的编码，或命令“通过编码重新打开”，选 UTF-8）；在此之前不做其他检查。', en: 'This file seems to be in UTF-8 but was opened in another encoding (GBK, Big5): its {0} Chinese characters are garbled. Reopen it as UTF-8 (VS Code: click the encoding in the status bar, or the command “Reopen with Encoding”, and pick UTF-8); no other check runs until then.' },
  'diag.encodingLatin1': { 'zh-cn': '此文件似乎是 UTF-8 编码，却按西文编码（Windows-1252、Latin-1）打开，{0} 个汉字成了乱码（如“ä¸­”原为“中”）。请用 UTF-8 重新打开（VS Code：点击状态栏中的编码，或命令“通过编码重新打开”，选 UTF-8）；在此之前不做其他检查。', en: 'This file seems to be in UTF-8 but was opened in a Western encoding (Windows-1252, Latin-1): its {0} Chinese characters are garbled (“ä¸­” for “中”). Reopen it as UTF-8 (VS Code: click the encoding in the status bar, or the command “Reopen with Encoding”, and pick UTF-8); no other check runs until then.' },
  'diag.encodingLatin1Text': { 'zh-cn': '此文件中有 {0} 个汉字是乱码：UTF-8 编码的中文曾被当作西文编码（Windows-1252、Latin-1）读出，又照样存了下来（如“ä¸­”原为“中”；多见于从编码标错的网页复制的文字）。快速修复“还原乱码”可把它们还原为中文；在此之前不做其他检查。', en: 'This file holds {0} garbled Chinese characters: text in UTF-8 was once read as a Western encoding (Windows-1252, Latin-1) and saved so (“ä¸­” for “中”; text copied from a web page with a wrong encoding often is). The quick fix “Repair the garbled text” turns it back into Chinese; no other check runs until then.' },
  'diag.encodingUtf8Text': { 'zh-cn': '此文件中有 {0} 个乱码字符：UTF-8 编码的中文曾被当作 GBK 读出，又照样存了下来（如“涓浗”原为“中国”）。快速修复“还原乱码”可把它们还原为中文（当时已丢失的字显示为 �）；在此之前不做其他检查。', en: 'This file holds {0} garbled characters: Chinese text in UTF-8 was once read as GBK and saved so (“涓浗” for “中国”). The quick fix “Repair the garbled text” turns it back into Chinese (characters lost then are shown as �); no other check runs until then.' },
  'diag.encodingLost': { 'zh-cn': '此文件含有 {0} 个替换字符（�）：它曾以错误的编码转换并保存，原来的字符已经丢失。请从原始文件重新复制（原文件可能是 GB18030 或 Big5 编码）；在此之前不做其他检查。', en: 'This file holds {0} replacement characters (�): it was once converted from the wrong encoding and saved, and the original characters are lost. Copy it again from the original (which may be in GB18030 or Big5); no other check runs until then.' },
  'progress.indexing': { 'zh-cn': '正在索引条约', en: 'Indexing treaties' },
  'progress.listing': { 'zh-cn': '正在列出文件', en: 'listing files' },
  // Drafting checks (features/diagnostics.ts).
  'diag.lineSeparators': { 'zh-cn': '此文件有 {0} 处用 U+2028/U+2029（行分隔符、段分隔符）分行：编辑器不在此处换行，两个分隔符之间的文字对编辑器和本扩展都是同一行，标题、条款在其中不会被识别（多见于从 PDF 或 Word 复制的文字）。快速修复可把它们换成换行符。', en: 'This file breaks its lines with U+2028/U+2029 (line and paragraph separators) in {0} places: the editor does not break lines there, so the text between them is one line for the editor and for this extension, and no title or article in it is read (text copied from a PDF or Word often is). The quick fix turns them into line breaks.' },
  'diag.htmlPaste': { 'zh-cn': '此文件像是网页的源代码，含 {0} 个 HTML 标签、{1} 个 HTML 实体（如 &ldquo;）：本扩展按原样读这些字符，标签中的条款标题、实体表示的引号都不会被识别。快速修复“转为纯文本”可去掉标签、把实体换成它所表示的字符。', en: 'This file looks like a web page\'s source, with {0} HTML tags and {1} HTML entities (such as &ldquo;): they are read as written, so article headings inside tags and quotation marks written as entities are not read. The quick fix “Convert to plain text” removes the tags and turns each entity into the character it stands for.' },
  'diag.htmlPasteKept': { 'zh-cn': '此文件像是网页的源代码，含 {0} 个 HTML 标签、{1} 个 HTML 实体（如 &ldquo;）：本扩展按原样读这些字符，标签中的条款标题、实体表示的引号都不会被识别。其中有表格、图片、脚本或样式，去掉标签会丢失或打乱内容，不提供自动转换：请在浏览器中打开网页后复制文字。', en: 'This file looks like a web page\'s source, with {0} HTML tags and {1} HTML entities (such as &ldquo;): they are read as written, so article headings inside tags and quotation marks written as entities are not read. It holds a table, a picture, a script or a style sheet, which removing the tags would lose or run together, so no conversion is offered: open the page in a browser and copy its text.' },
  'diag.badNumber': { 'zh-cn': '无法识别的条号：{0}', en: 'Unrecognised article number: {0}' },
  'diag.unclosedFence': { 'zh-cn': '代码块没有结束围栏（```）：其后的文字仍按条约正文读取，但 Markdown 会把它们显示为代码', en: 'Code block fence never closed: the text after it is still read as the treaty, but markdown shows it as code' },
  'diag.noSuchArticle': { 'zh-cn': '{0}没有{1}（共{2}条）', en: '{0} has no {1} (it has {2} articles)' },
  'diag.noSuchChapter': { 'zh-cn': '{0}没有{1}（共{2}{3}）', en: '{0} has no {1} (it has {2}: {3})' },
  'diag.noSuchParagraph': { 'zh-cn': '{0}没有该{2}（共{1}{2}）', en: '{0} has no such paragraph (it has {1})' },
  'diag.noSuchItem': { 'zh-cn': '{0}没有该{1}', en: '{0} has no such item' },
  'diag.citationNotFound': { 'zh-cn': '工作区中找不到《{0}》', en: '《{0}》 is not in the workspace' },
  'diag.dateMismatch': { 'zh-cn': '引用日期 {0} 与《{1}》的日期（{2}）不符', en: 'The date cited, {0}, differs from the date of 《{1}》 ({2})' },
  'diag.duplicate': { 'zh-cn': '{0}重复', en: '{0} is repeated' },
  'diag.gap': { 'zh-cn': '缺少{0}', en: '{0} is missing' },
  'diag.decimalChapter': { 'zh-cn': '{0}在{1}中，编号应为{2}', en: '{0} is in {1}: it should be numbered {2}' },
  'diag.order': { 'zh-cn': '{0}位置不对：应在{1}之前', en: '{0} is out of place: it belongs before {1}' },
  'diag.selfReference': { 'zh-cn': '标题称“{0}”，这里应为“{1}”', en: 'The title calls it a {0}: this should read “{1}”' },
  // {2}: the number as a Chinese numeral, {3}: in digits.
  'diag.authenticCount': { 'zh-cn': '列出了{0}种语文（{1}），却说{2}种文本同等作准', en: '{0} languages are listed ({1}), but {3} texts are said to be equally authentic' },
  'diag.copies': { 'zh-cn': '{0}个缔约方，一式{1}份', en: '{0} parties, but {2} originals' },
  'diag.termDuplicate': { 'zh-cn': '“{0}”已定义为“{1}”', en: '“{0}” is already defined as “{1}”' },
  'diag.termBeforeDefinition': { 'zh-cn': '“{0}”在定义之前使用', en: '“{0}” is used before its definition' },
  'diag.termUnused': { 'zh-cn': '“{0}”定义后未使用', en: '“{0}” is defined but never used' },
  'diag.termUnusedWritten': { 'zh-cn': '“{0}”定义后未使用：文中写作“{1}”', en: '“{0}” is defined but never used: the text writes “{1}”' },
  'diag.halfWidth': { 'zh-cn': '中文中应使用全角“{0}”', en: 'Use the full-width “{0}” in Chinese text' },
  'diag.lostCharacter': { 'zh-cn': '句中的半角“?”可能是转码时丢失的字，请对照原文', en: 'A half-width “?” inside a sentence may be a character lost in conversion: check the original' },
  // features/draftingChecks.ts. {0}, {1}: labels as written (`（三）`, `3.`).
  'diag.itemMixed': { 'zh-cn': '编号格式不一致：{0}与同一层的{1}混用', en: 'Numbering in two styles: {0} among the {1} of the same level' },
  'diag.itemGap': { 'zh-cn': '编号不连续：应为{0}，这里是{1}', en: 'Numbering skips: {0} expected, {1} written' },
  'diag.itemUnlabelled': { 'zh-cn': '此项缺少编号：应为{0}', en: 'This item has no label: {0} expected' },
  'diag.itemDuplicate': { 'zh-cn': '编号{0}重复', en: 'Number {0} is repeated' },
  'diag.chapterLabelLost': { 'zh-cn': '此章标题缺少编号，应为“{0}”', en: 'This chapter heading lost its number: “{0}”' },
  'diag.headingMixed': { 'zh-cn': '条标题的写法与本文件其他条不同，应为“{0}”', en: 'This article heading is written unlike the others: “{0}”' },
  'diag.dateNoMonth': { 'zh-cn': '日期不存在：没有{0}月', en: 'No such date: there is no month {0}' },
  'diag.dateNoDay': { 'zh-cn': '日期不存在：{0}年{1}月只有{3}天', en: 'No such date: {1}/{0} has {3} days, not {2}' },
  'diag.citedAfterSigning': { 'zh-cn': '所引日期{0}晚于本文件的签署日期{1}', en: 'The date cited, {0}, is later than this document’s signing, {1}' },
  // {0}: the kind of instrument (协定).
  'diag.noEntryIntoForce': { 'zh-cn': '本{0}没有生效条款', en: 'This {0} has no entry-into-force clause' },
  'diag.noDuration': { 'zh-cn': '本{0}没有有效期或终止条款', en: 'This {0} says nothing of its term or termination' },
  'diag.letterSpaced': { 'zh-cn': '有 {0} 行的字与字之间隔着空格（两端对齐的 PDF 经 pdftotext 等工具转出的文字）：其中的简称、术语和引用可能读不出。快速修复可删去这些空格。', en: '{0} lines have a space between every two characters (a justified PDF as pdftotext and similar tools give it): short titles, terms and references in them may not be read. The quick fix takes those spaces out.' },
  'diag.noSigningClause': { 'zh-cn': '本{0}没有签署条款（日期、地点、份数、文字）', en: 'This {0} has no signing clause (date, place, originals, languages)' },
  'diag.termTwoNames': { 'zh-cn': '“{0}”已简称“{1}”，这里又简称“{2}”', en: '“{0}” is already called “{1}”; here it is called “{2}”' },
  'diag.termLongForm': { 'zh-cn': '“{0}”已简称“{1}”', en: '“{0}” has the defined short form “{1}”' },
  // {0}: the form written (双方), {1}: the defined term (缔约双方).
  'diag.termQuoteDefinition': { 'zh-cn': '定义术语的引号不一致：本文件的定义用{1}，这里用{0}', en: 'Defined terms quoted inconsistently: this document’s definitions use {1}, this one {0}' },
  'diag.termQuoteUse': { 'zh-cn': '术语“{2}”这里用{0}，本文件定义术语用{1}', en: 'The term “{2}” is quoted in {0} here; this document defines its terms in {1}' },
  'diag.termQuoteMismatched': { 'zh-cn': '引号不配对：{0}（本文件用{1}）', en: 'Quotation marks that do not pair: {0} (this document uses {1})' },
  'diag.termVariant': { 'zh-cn': '已定义“{1}”，这里写作“{0}”', en: 'The defined term is “{1}”; here it is written “{0}”' },
  // {0}: the date written, {1}: the title cited, {2}: the date written where it was cited.
  'diag.dateMismatchCited': { 'zh-cn': '引用日期 {0} 与前文所引《{1}》的日期（{2}）不符', en: 'The date cited, {0}, differs from the date given where 《{1}》 was cited ({2})' },
  // Quick fixes (features/codeActions.ts).
  'action.renumberItems': { 'zh-cn': '从此处起依次编号（{0}…）', en: 'Number on from here ({0}…)' },
  'action.insertItemLabel': { 'zh-cn': '补上编号{0}', en: 'Insert the label {0}' },
  'action.disableNextLine': { 'zh-cn': '在下一行禁用 {0}', en: 'Disable {0} for this line' },
  'action.repairEncoding': { 'zh-cn': '还原乱码（{0} 处）', en: 'Repair the garbled text ({0} places)' },
  'action.renumber': { 'zh-cn': '重新编号全部条款并更新引用', en: 'Renumber all articles and update references' },
  'action.renumberPoints': { 'zh-cn': '重新编号各点并更新引用', en: 'Renumber all points and update references' },
  'action.replaceWith': { 'zh-cn': '改为“{0}”', en: 'Change to “{0}”' },
  'action.renumberChapters': { 'zh-cn': '依次编号各{0}（{1}…）并更新引用', en: 'Number the {0} in order ({1}…) and update references' },
  'action.insertHeadingAbove': { 'zh-cn': '在{0}前插入“{1}”', en: 'Insert “{1}” above {0}' },
  'action.joinLetters': { 'zh-cn': '删去字间的 {0} 处空格', en: 'Take out the {0} spaces between characters' },
  'action.requote': { 'zh-cn': '引号改为{0}', en: 'Change the quotation marks: {0}' },
  'action.fullWidth': { 'zh-cn': '改为全角“{0}”', en: 'Change to the full-width “{0}”' },
  'action.htmlToText': { 'zh-cn': '转为纯文本（{0} 处标签和实体）', en: 'Convert to plain text ({0} tags and entities)' },
  'action.lineBreaks': { 'zh-cn': '换成换行符（{0} 处）', en: 'Turn them into line breaks ({0} places)' },
  'action.fixAll': { 'zh-cn': '修正本文件全部可安全修正的问题（{0} 处）', en: 'Fix all safely fixable problems in this file ({0})' },
  'action.fullWidthAll': { 'zh-cn': '全文改为全角标点（{0} 处）', en: 'Use full-width punctuation throughout ({0} marks)' },
  'action.citedDate': { 'zh-cn': '改为该文件的日期 {0}', en: 'Change to the document’s date, {0}' },
  'action.lineQuote': { 'zh-cn': '第{0}行“{1}”', en: 'line {0} “{1}”' },
  'action.renumberUnavailable': { 'zh-cn': '{0}（不可用）', en: '{0} (unavailable)' },
  'action.suppressionSplits': { 'zh-cn': '此行开头的“{0}”接着上一行读作所引文件的条款，在两行之间插入注释会使它成为本文件的条款标题', en: 'the “{0}” opening this line is read with the line above as an article of the instrument cited there: a comment line between them would make it an article heading of this text' },
  'action.renumberRefused': { 'zh-cn': '无法重新编号：{0}', en: 'Cannot renumber: {0}' },
  'action.danglingNamed': { 'zh-cn': '。悬空引用：{0}', en: '. References to no article: {0}' },
  'rename.overlap': { 'zh-cn': '编辑重叠', en: 'the edits overlap' },
  'rename.articleShape': { 'zh-cn': '条款的标题或款项会被读成另一番样子', en: 'an article\'s caption or paragraphs would read differently' },
  'rename.articleCount': { 'zh-cn': '条款数目会改变', en: 'the number of articles would change' },
  'rename.unreadable': { 'zh-cn': '{0}改写后读不出{1}', en: '{0} would not read as {1} once rewritten' },
  'rename.partNumberTaken': { 'zh-cn': '{0}是分编保存的同一文本的一个文件：其条款会编为{1}，而{2}已有{1}（全文的条款连续编号），引用“{1}”会不知所指。请改用“之一”插入，或先为其后各编一并重新编号', en: '{0} is one file of a text kept by part: one of its articles would be numbered {1}, which {2} already has (the text numbers its articles through), and a reference to {1} would name either. Insert it as “之一”, or renumber the parts after it with it first' },
  'rename.partMoved': { 'zh-cn': '{0}是分编保存的同一文本的一个文件：首条改为{1}后，各编按首条排列的次序会改变，“第二编第六章”这样的引用会指向另一文件', en: '{0} is one file of a text kept by part: with its first article {1}, the parts\' order by their first articles changes, and a reference such as “第二编第六章” would name another file' },
  'rename.docArticleCount': { 'zh-cn': '{0}的条款数目会改变', en: 'the number of articles of {0} would change' },
  'rename.docReferences': { 'zh-cn': '{0}的引用会改变', en: 'the references of {0} would change' },
  'rename.readsOtherwise': { 'zh-cn': '{0}现指{1}，改写后将指{2}', en: '{0} now names {1}; rewritten, it would name {2}' },
  'rename.noReading': { 'zh-cn': '不再读作引用', en: 'nothing: it would no longer read as a reference' },
  'rename.relativeReading': { 'zh-cn': '“{0}”（相对于所在条款）', en: '“{0}” (relative to the article it stands in)' },
  'rename.elsewhereReading': { 'zh-cn': '另一文件的{0}', en: '{0} of another text' },
  'rename.noSuchHere': { 'zh-cn': '{0}没有的{1}', en: '{1}, which {0} does not have' },
  'rename.notReference': { 'zh-cn': '{0}现指{1}，改写后不再读作引用', en: '{0} now names {1}; rewritten, it would no longer read as a reference' },
  'rename.newReference': { 'zh-cn': '{0}改写后会读作引用，指{1}', en: '{0} would read as a reference once rewritten, naming {1}' },
  'rename.thisText': { 'zh-cn': '本文件', en: 'the text' },
  'rename.headingLost': { 'zh-cn': '{0}改写后不再读作条款标题，{1}会少一条', en: '{0} would no longer read as an article heading once rewritten: {1} would have one article fewer' },
  'rename.headingCited': { 'zh-cn': '{0}改写后会接着上一行读作所引文件的条款，不再是条款标题，{1}会少一条', en: '{0} would read as the article of the instrument the line above cites, going on from it, once rewritten: no heading, and {1} would have one article fewer' },
  'rename.headingGained': { 'zh-cn': '{0}改写后会读作条款标题，{1}会多出一条', en: '{0} would read as an article heading once rewritten: {1} would have one article more' },
  'rename.citedHeading': { 'zh-cn': '{0}现在接着上一行读作所引文件的条款，改写后会读作条款标题，{1}会多出一条', en: '{0} now reads as the article of the instrument the line above cites, going on from it; rewritten, it would read as an article heading: {1} would have one article more' },
  'rename.retargeted': { 'zh-cn': '{0}改写后不再指向{1}', en: '{0} would no longer point to {1} once rewritten' },
  'rename.danglingTargeted': { 'zh-cn': '悬空引用{0}会指向新编号的条款', en: 'the reference to no article {0} would point to a renumbered article' },
  'rename.pointUnread': { 'zh-cn': '不能确定{0}是否指本文的某一点（不是“本…第X点”的写法）', en: 'it is not known whether {0} names one of this text’s points (not written “本…第X点”)' },
  'rename.paragraphUnits': { 'zh-cn': '这份文件按段落（一、二、）编号，不按条编号，无法重命名条款', en: 'This document numbers paragraphs (一、二、), not articles: no article can be renamed' },
  'rename.accepted': { 'zh-cn': '可输入条号：第二十条、二十 或 20', en: 'Type an article number: 第二十条, 二十 or 20' },
  'rename.noSuchArticle': { 'zh-cn': '“{0}”所指的条款不存在，无法重命名', en: 'The article “{0}” names does not exist: it cannot be renamed' },
  'rename.unreadableNumber': { 'zh-cn': '无法识别的条号“{0}”，无法重命名', en: 'Unreadable article number “{0}”: it cannot be renamed' },
  'rename.notNumber': { 'zh-cn': '“{0}”不是条号。{1}。', en: '“{0}” is not an article number. {1}.' },
  'rename.brokenLabel': { 'zh-cn': '{0}的条号被换行拆在两行（“{1}”），未读作一条：请先把条号接回一行', en: 'the label of {0} is broken over two lines (“{1}”) and not read as an article: first join the label on one line' },
  'rename.taken': { 'zh-cn': '{0}已有{1}。请选择其他条号，或先“重新编号全部条款”。', en: '{0} already has {1}. Choose another number, or first “Renumber all articles”.' },
  'rename.notHeading': { 'zh-cn': '{0}写成“{1}”后不会被识别为条款标题。{2}。', en: '{0} written “{1}” would not be read as an article heading. {2}.' },
  'rename.termName': { 'zh-cn': '“{0}”不能作为定义的用语：请输入不超过{1}个字、不含引号、括号、标点或空格的名称。', en: '“{0}” cannot be a defined term: type a name of at most {1} characters, without quotation marks, brackets, punctuation or spaces.' },
  'rename.termTaken': { 'zh-cn': '本文已定义“{0}”', en: 'the text already defines “{0}”' },
  'rename.termBroken': { 'zh-cn': '第{0}行的用语跨行书写', en: 'the term is broken over two lines at line {0}' },
  'rename.termInMeaning': { 'zh-cn': '“{0}”所指的词语含有该用语，改名后“{0}”所指会改变', en: 'the words “{0}” stands for hold the term: renamed, “{0}” would stand for other words' },
  'rename.termDefinitions': { 'zh-cn': '定义的用语会改变', en: 'the defined terms would change' },
  'rename.termReads': { 'zh-cn': '第{0}行的引用或用语的读法会改变', en: 'a reference or a use of a term would read differently at line {0}' },
  'rename.termReadsPlain': { 'zh-cn': '第{0}行的引用或用语的读法会改变（文中已有新名称作为普通词语出现，改名后会被读作该用语）', en: 'a reference or a use of a term would read differently at line {0} (the text already writes the new name as plain words, which would then read as the term)' },
  'rename.refused': { 'zh-cn': '无法改为{0}：{1}。', en: 'Cannot change to {0}: {1}.' },
  'action.danglingKept': { 'zh-cn': '（{0} 处悬空引用保持不变：{1}）', en: ' ({0} references to no article left as they are: {1})' },
  // Code lens (features/codeLens.ts).
  'codeLens.citedOnce': { 'zh-cn': '被引用 1 次', en: 'Cited once' },
  'codeLens.cited': { 'zh-cn': '被引用 {0} 次', en: 'Cited {0} times' },
  // The lenses run by the server, for editors other than VS Code (server.ts showLocations).
  'lens.citedAt': { 'zh-cn': '引用位置', en: 'Cited at' },
  'lens.citedAtList': { 'zh-cn': '引用位置：{0}', en: 'Cited at: {0}' },
  'lens.counterpartAt': { 'zh-cn': '对应条款：{0}', en: 'Counterpart: {0}' },
  // Hover (features/hover.ts).
  'hover.kind': { 'zh-cn': '种类：{0}', en: 'Kind: {0}' },
  'hover.date': { 'zh-cn': '日期：{0}', en: 'Date: {0}' },
  'hover.dateAt': { 'zh-cn': '日期：{0}，{1}', en: 'Date: {0}, {1}' },
  'hover.parties': { 'zh-cn': '缔约方：{0}', en: 'Parties: {0}' },
  'hover.languages': { 'zh-cn': '语文：{0}', en: 'Languages: {0}' },
  'hover.entryIntoForce': { 'zh-cn': '生效：{0}', en: 'Entry into force: {0}' },
  'hover.articleCount': { 'zh-cn': '条数：{0}', en: 'Articles: {0}' },
  'hover.dateMismatch': { 'zh-cn': '⚠ 引用日期 {0} 与该文件的日期不符', en: '⚠ The date cited, {0}, differs from the document’s date' },
  'hover.term': { 'zh-cn': '**“{0}”** 指 {1}', en: '**“{0}”** means {1}' },
  'hover.termInClause': { 'zh-cn': '**“{0}”** 定义于：{1}', en: '**“{0}”** is defined in: {1}' },
  'hover.citedDate': { 'zh-cn': '引用日期：{0}', en: 'Date as cited: {0}' },
  'hover.noCopy': { 'zh-cn': '工作区中没有该文书的文本', en: 'No copy of it is in the workspace' },
  'hover.citedAlso': { 'zh-cn': '其他引用之处：', en: 'Also cited:' },
  'hover.placeHere': { 'zh-cn': '本文件第{0}行', en: 'this document, line {0}' },
  'hover.placeIn': { 'zh-cn': '{0} 第{1}行', en: '{0}, line {1}' },
  'hover.placeDated': { 'zh-cn': '{0}（日期：{1}）', en: '{0} ({1})' },
  'hover.citedMore': { 'zh-cn': '另有{0}处', en: '{0} more' },
  'hover.termUnstated': { 'zh-cn': '（未写明）', en: '(not stated)' },
  'hover.thisDocument': { 'zh-cn': '本文件', en: 'This document' },
  'hover.noSuchArticle': { 'zh-cn': '{0}没有{1}', en: '{0} has no {1}' },
  'hover.noSuchArticleHere': { 'zh-cn': '{0}没有{1}（共{2}条：{3}至{4}）', en: '{0} has no {1} (it has {2} articles: {3} to {4})' },
  'hover.articleOfExcerpt': { 'zh-cn': '工作区中的{0}是节录本，没有{1}：全文或许有', en: 'The workspace\'s copy of {0} is an excerpt without {1}: the whole text may have it' },
  'hover.articlePastCopy': { 'zh-cn': '工作区中的{0}只到第{2}条，未见签署、生效或施行条款，或许不全：{1}或许存在', en: 'The workspace\'s copy of {0} ends at article {2} and shows no signing, entry into force or commencement: it may be cut, {1} may exist' },
  'hover.unitPastCut': { 'zh-cn': '工作区中的{0}在{1}中断，未见签署、生效或施行条款：该{2}或许在断处之后', en: 'The workspace\'s copy of {0} breaks off inside {1} and shows no signing, entry into force or commencement: what is cited may be past the cut' },
  'hover.noSuchParagraph': { 'zh-cn': '{0}没有该{1}', en: '{0} has no such paragraph' },
  'hover.noSuchItem': { 'zh-cn': '{0}没有该{1}', en: '{0} has no such item' },
  // Completion (features/completion*.ts).
  'completion.nextArticle': { 'zh-cn': '下一条', en: 'next article' },
  'completion.nextParagraph': { 'zh-cn': '下一段', en: 'next paragraph' },
  // {0}: the number as a Chinese numeral, {1}: in digits.
  'completion.paragraphNumber': { 'zh-cn': '第{0}段', en: 'Paragraph {1}' },
  'completion.headingStyle': { 'zh-cn': '{0}（按本文件的标题格式）', en: '{0} (in this document’s heading style)' },
  'completion.entryIntoForce': { 'zh-cn': '生效条款', en: 'Entry into force' },
  'completion.duration': { 'zh-cn': '有效期条款', en: 'Duration' },
  'completion.amendment': { 'zh-cn': '修改条款', en: 'Amendment' },
  'completion.disputes': { 'zh-cn': '争议解决条款', en: 'Settlement of disputes' },
  'completion.ratification': { 'zh-cn': '批准和加入条款', en: 'Ratification and accession' },
  'completion.signing': { 'zh-cn': '签署条款', en: 'Signing clause' },
  'completion.signatures': { 'zh-cn': '签字栏', en: 'Signature block' },
  'completion.parties': { 'zh-cn': '{0}方：{1}', en: '{0} parties: {1}' },
  'completion.signed': { 'zh-cn': '签署：{0}', en: 'Signed: {0}' },
  'completion.signedAt': { 'zh-cn': '签署：{0}，{1}', en: 'Signed: {0}, {1}' },
  'completion.titleParties': { 'zh-cn': '当事方：{0}', en: 'Parties: {0}' },
  'completion.titleLanguages': { 'zh-cn': '文字：{0}', en: 'Languages: {0}' },
  'completion.articleCount': { 'zh-cn': '{0} 条', en: '{0} articles' },
  // Parallel texts (features/align.ts, divergence.ts, counterparts.ts). {0} of text.*: the language's name.
  'text.zh': { 'zh-cn': '中文本', en: 'Chinese text' },
  'text.ru': { 'zh-cn': '俄文本', en: 'Russian text' },
  'text.en': { 'zh-cn': '英文本', en: 'English text' },
  'text.fr': { 'zh-cn': '法文本', en: 'French text' },
  'text.es': { 'zh-cn': '西班牙文本', en: 'Spanish text' },
  'text.ar': { 'zh-cn': '阿拉伯文本', en: 'Arabic text' },
  'text.kk': { 'zh-cn': '哈萨克文本', en: 'Kazakh text' },
  'text.ky': { 'zh-cn': '吉尔吉斯文本', en: 'Kyrgyz text' },
  'text.other': { 'zh-cn': '对应文本', en: 'counterpart text' },
  'counterpart.lens': { 'zh-cn': '{0}对应条款：{1}', en: '{0}: {1}' },
  'counterpart.lensMissing': { 'zh-cn': '{0}无对应条款', en: 'No counterpart in the {0}' },
  'counterpart.refused': { 'zh-cn': '{0}无法同样修改：{1}', en: 'The {0} cannot be changed the same way: {1}' },
  'align.articleMissing': { 'zh-cn': '{0}没有与{1}对应的条款（本文本共{2}条，{0}共{3}条）', en: 'The {0} has no article matching {1} (this text has {2} articles, the {0} {3})' },
  'align.articleExtra': { 'zh-cn': '{0}的{1}在本文本中没有对应条款（本文本共{2}条，{0}共{3}条）', en: '{1} of the {0} has no counterpart in this text (this text has {2} articles, the {0} {3})' },
  'align.paragraphCount': { 'zh-cn': '本条有{0}款，{1}{2}有{3}款', en: 'This article has {0} paragraphs; {2} of the {1} has {3}' },
  'align.itemCount': { 'zh-cn': '本款有{0}项，{1}{2}有{3}项', en: 'This paragraph has {0} items; {2} of the {1} has {3}' },
  'align.subItemCount': { 'zh-cn': '本项有{0}目，{1}{2}有{3}目', en: 'This item has {0} sub-items; {2} of the {1} has {3}' },
  'align.number': { 'zh-cn': '“{0}”（{1}）在{2}{3}中没有对应的数值', en: '“{0}” ({1}) has no matching number in {3} of the {2}' },
  'align.date': { 'zh-cn': '日期“{0}”在{1}{2}中没有对应', en: 'The date “{0}” does not appear in {2} of the {1}' },
  'align.reference': { 'zh-cn': '“{0}”所指条款与{1}{2}中的引用（{3}）不对应', en: '“{0}” points at another article than the reference in {2} of the {1} ({3})' },
  'align.termHere': { 'zh-cn': '“{0}”与定义的“{1}”不一致（{2}此处为“{3}”）', en: '“{0}” differs from the defined “{1}” (the {2} has “{3}” here)' },
  'align.termThere': { 'zh-cn': '“{0}”在{1}此处译作“{2}”，与定义的“{3}”不一致', en: 'The {1} renders “{0}” here as “{2}”, not as defined (“{3}”)' },
  'align.signingClause': { 'zh-cn': '签署条款', en: 'signing clause' },
  'align.body': { 'zh-cn': '正文', en: 'the body' },
  'align.preamble': { 'zh-cn': '序言', en: 'the preamble' },
  'align.signingCopies': { 'zh-cn': '本文本为{0}份，{1}为{2}份', en: '{0} originals in this text, {2} in the {1}' },
  'align.signingLanguages': { 'zh-cn': '语文（{0}）与{1}（{2}）不一致', en: 'The languages ({0}) differ from the {1}’s ({2})' },
  'align.signingPrevails': { 'zh-cn': '分歧时为准的文本（{0}）与{1}（{2}）不一致', en: 'The text that prevails in case of divergence ({0}) differs from the {1}’s ({2})' },
  'align.signingPrevailsHere': { 'zh-cn': '本文本规定分歧时以{0}为准，{1}未规定为准的文本', en: 'This text has the {0} prevail in case of divergence; the {1} names no text that prevails' },
  'align.signingPrevailsThere': { 'zh-cn': '{0}规定分歧时以{1}为准，本文本未规定为准的文本', en: 'The {0} has the {1} prevail in case of divergence; this text names none' },
  'align.signingDate': { 'zh-cn': '签署日期 {0} 与{1}的 {2} 不一致', en: 'The date of signature, {0}, differs from the {1}’s, {2}' },
  'align.paragraphOf': { 'zh-cn': '{0}第{1}款', en: '{0}, paragraph {1}' },
  'align.itemOf': { 'zh-cn': '{0}第{1}项', en: '{0}, item {1}' },
  'align.subItemOf': { 'zh-cn': '{0}第{1}目', en: '{0}, sub-item {1}' },
  'align.related': { 'zh-cn': '{0}对应处：{1}', en: 'the {0}: {1}' },
  // Outline.
  'outline.label': { 'zh-cn': '条约', en: 'Treaty' },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

let current: Locale = 'zh-cn';

/** The table's locale for a BCP 47 tag (`zh-cn`, `zh-tw`, `en`, `de` …): Chinese for zh*, none given → Chinese, else English. */
export function localeOf(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-cn';
  return /^zh\b/i.test(tag) ? 'zh-cn' : 'en';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The message in the current locale, `{n}` replaced by the n-th argument. */
export function msg(key: MessageKey, ...args: (string | number)[]): string {
  return msgIn(current, key, ...args);
}

/** The message in `locale`, whatever the display's: words of a document written in its language (the 修改对照表's 说明). */
export function msgIn(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  const entry: Entry = MESSAGES[key];
  return fill(entry[locale], args);
}

/** Each template cut once at its placeholders: text, then per placeholder its index, itself (`{n}`) and the text after it. */
const CUT = new Map<string, (string | number)[]>();

function cutTemplate(template: string): (string | number)[] {
  const out: (string | number)[] = [];
  const placeholder = /\{(\d+)\}/g;
  let last = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    out.push(template.slice(last, m.index), Number(m[1]), m[0]);
    last = m.index + m[0].length;
  }
  out.push(template.slice(last));
  return out;
}

// The message is made a flat string of its own: built by concatenation it would hold its arguments,
// slices of the document's text, and through them the whole text, alive in every diagnostic
// treaty-check keeps. Under 13 characters V8 makes a concatenation flat (and a slice a copy);
// longer, a slice of it after a space flattens it into a copy first. (A regular expression's
// replace with a function, as before, cost 3× as much: 126 ms of a run over 5,000 generated treaties.)
function fill(template: string, args: (string | number)[]): string {
  let cut = CUT.get(template);
  if (cut === undefined) CUT.set(template, (cut = cutTemplate(template)));
  if (cut.length === 1) return template;
  let out = cut[0] as string;
  for (let k = 1; k < cut.length; k += 3) {
    const i = cut[k] as number;
    out += (i < args.length ? String(args[i]) : (cut[k + 1] as string)) + (cut[k + 2] as string);
  }
  return out.length < 13 ? out : (' ' + out).slice(1);
}

/**
 * One language out of a bilingual text written `中文 / English` (the snippet
 * descriptions) or `English (中文)` (the snippet names); anything else as it is.
 */
export function pickLanguage(text: string, locale: Locale = current): string {
  const slash = /^(.+?) \/ (.+)$/s.exec(text);
  if (slash && /[\u3400-\u9fff]/.test(slash[1])) return locale === 'en' ? slash[2].trim() : slash[1].trim();
  const paren = /^([^\u3400-\u9fff]+?) \(([^()]*[\u3400-\u9fff][^()]*)\)$/.exec(text);
  if (paren) return locale === 'en' ? paren[1].trim() : paren[2].trim();
  return text;
}

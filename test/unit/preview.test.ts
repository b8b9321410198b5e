// The print preview: the HTML the server computes for the webview (export/html.ts over the layout
// the .docx is written from) — its structure for a small treaty written by hand, the anchors the
// preview follows the cursor with, the page the client wraps it in (a strict CSP, our nonce'd
// script only), and escaping: no document text ever becomes markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { previewHtml } from '../../server/src/features/export/html';
import { preview } from '../../server/src/features/preview';
import { contextOf } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { page } from '../../client/src/previewPage';

const SMALL = `# 中华人民共和国政府和蒙古国政府关于边境口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：

## 第一章 总则

#### 第一条

双方开放口岸。

前款所列口岸的开放时间由双方商定。

#### 第二条

口岸管理包括：

（一）边防检查；
（二）海关监管。

本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙古文写成，两种文本同等作准。

中华人民共和国政府
代表
（签字）

蒙古国政府
代表
（签字）
`;

test('preview: the HTML of a small treaty — title, chapter, article headings, paragraphs, items, signing clause, signature columns', () => {
  const { html, anchors } = previewHtml(buildTreaty(SMALL));
  assert.equal(
    html,
    [
      '<h1 class="title">中华人民共和国政府和蒙古国政府关于边境口岸的协定</h1>',
      '<p class="paragraph">中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：</p>',
      '<h2 class="chapter" id="chp-1">第一章 总则</h2>',
      '<h3 class="article centred" id="art-1">第一条</h3>',
      '<p class="paragraph">双方开放口岸。</p>',
      '<p class="paragraph">前款所列口岸的开放时间由双方商定。</p>',
      '<h3 class="article centred" id="art-2">第二条</h3>',
      '<p class="paragraph">口岸管理包括：</p>',
      '<p class="item">（一）边防检查；</p>',
      '<p class="item">（二）海关监管。</p>',
      '<p class="signing">本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙古文写成，两种文本同等作准。</p>',
      '<table class="signatures"><tr><td><div>中华人民共和国政府</div><div>代表</div><div>（签字）</div></td><td><div>蒙古国政府</div><div>代表</div><div>（签字）</div></td></tr></table>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(anchors, [
    { id: 'chp-1', start: SMALL.indexOf('## 第一章') },
    { id: 'art-1', start: SMALL.indexOf('#### 第一条') },
    { id: 'art-2', start: SMALL.indexOf('#### 第二条') },
  ]);
});

test('preview: a law-style article is anchored at its labelled paragraph; the request answers lines', () => {
  const law = '# 中华人民共和国口岸法\n\n第一条　为了规范口岸管理，制定本法。\n\n第二条　本法适用于口岸。\n';
  const index = new WorkspaceIndex();
  const s = index.set('file:///w/law.md', law, 1);
  const r = preview(contextOf(index, s));
  assert.equal(
    r.html,
    '<h1 class="title">中华人民共和国口岸法</h1>\n' +
      '<p class="paragraph" id="art-1"><b class="label">第一条</b>\u3000为了规范口岸管理，制定本法。</p>\n' +
      '<p class="paragraph" id="art-2"><b class="label">第二条</b>\u3000本法适用于口岸。</p>\n',
  );
  assert.deepEqual(r.anchors, [{ id: 'art-1', line: 2 }, { id: 'art-2', line: 4 }]);
  assert.match(r.css, /font-size: 16pt; line-height: 28pt/);
});

const HOSTILE = `# 关于<img src=x onerror=alert(1)>的协定

缔约双方<script>alert(1)</script>，达成协议如下：

## 第一条 <a href="command:workbench.action.quit">点击</a>

双方 & "引号" '单引号' <iframe src="https://evil.example"></iframe> ![x](https://evil.example/t.png) <style>body{display:none}</style>。

本协定于2010年6月4日在<b onmouseover=x>北京</b>签订。

<svg onload=alert(1)>甲方</svg>
代表
`;

test('preview: document text is escaped — no tag of the document reaches the page', () => {
  const { html } = previewHtml(buildTreaty(HOSTILE));
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  assert.deepEqual([...new Set(tags)].sort(), ['b', 'div', 'h1', 'h3', 'p', 'table', 'td', 'tr'].filter((t) => tags.includes(t)).sort());
  for (const t of tags) assert.ok(['h1', 'h2', 'h3', 'p', 'b', 'table', 'tr', 'td', 'div'].includes(t), t);
  assert.doesNotMatch(html, /<(script|img|iframe|a|svg|style)\b/i);
  assert.match(html, /<h1 class="title">关于&lt;img src=x onerror=alert\(1\)&gt;的协定<\/h1>/);
  assert.match(html, /双方 &amp; &quot;引号&quot; &#39;单引号&#39;/);
  assert.match(html, /&lt;iframe src=&quot;https:\/\/evil.example&quot;&gt;/);
  // The only attributes are ours.
  const attrs = [...html.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].flatMap((m) => [...m[1].matchAll(/([a-z-]+)=/g)].map((a) => a[1]));
  assert.deepEqual([...new Set(attrs)].sort(), ['class', 'id'].filter((a) => attrs.includes(a)));
});

test('preview: the webview page has a strict CSP — nonce-only scripts and styles, nothing from outside', () => {
  const p = page({ html: '<p class="paragraph">x</p>\n', css: 'p { margin: 0; }', anchors: [] }, 'abc123', '<不是条约>');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(p)![1];
  assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'");
  assert.deepEqual([...p.matchAll(/<(script|style)([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`), ['style nonce="abc123"', 'script nonce="abc123"']);
  assert.doesNotMatch(p, /\bsrc=|https?:/);
  assert.match(page(null, 'n', '<不是条约>'), /<p>&#60;不是条约&#62;<\/p>/);
});

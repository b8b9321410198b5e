// Prints what the model reads from treaty files (kind, self-reference, signing, definitions, problems)
// and their outline as the editor shows it:  npx tsc -p . && node scripts/dump-outline.js FILE…
const {buildTreaty}=require(__dirname+'/../out/server/src/model/treaty.js');
const {documentSymbols}=require(__dirname+'/../out/server/src/features/documentSymbols.js');
const {textContext}=require(__dirname+'/../out/server/src/features/context.js');
const {TextDocument}=require('vscode-languageserver-textdocument');
const fs=require('fs');
for (const f of process.argv.slice(2)) {
  const text=fs.readFileSync(f,'utf8');
  const t=buildTreaty(text); const doc=TextDocument.create('file:///x','treaty',1,text);
  const pr=(s,ind)=>{console.log(ind+s.name+'  ['+s.detail+'] L'+(s.range.start.line+1)+'-'+(s.range.end.line+1)); for(const c of s.children||[]) pr(c,ind+'  ');};
  console.log('=== '+f, t.kind, t.selfRef, t.isTreaty, JSON.stringify(t.signing&&{...t.signing,text:undefined}), t.definitions.map(d=>d.term+'='+d.meaning).join(' | '), t.tree.problems);
  for (const s of documentSymbols(textContext(text))) pr(s,'');
}

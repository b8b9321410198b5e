" ale.vim: a real Vim with ALE (Debian's vim-ale) drives the built server.
" vim -N -u NONE -i NONE -n -es -S ale.vim; environment as for neovim.lua: TREATY_SERVER, TREATY_FILE,
" TREATY_OUT (and TREATY_MODE, TREATY_NEEDLE, TREATY_SHIFT). The server is an ALE linter (lsp: stdio); what ALE
" has commands for is done by them (:ALEGoToDefinition moves the cursor, :ALERename applies the edit to the
" buffer, diagnostics come into ALE's list); the outline, hover and completion, which ALE shows only in its
" own windows, are asked with ALE's own request function (ale#lsp_linter#SendRequest), positions made as ALE
" makes them (its column, getpos('.')). ALE announces plaintext hover and flat symbols.
set nocompatible
let s:answers = {}
let s:published = 0

function! s:Finish() abort
  call writefile([json_encode(s:answers)], $TREATY_OUT)
  qall!
endfunction

function! s:Wait(Predicate, what) abort
  let l:until = reltimefloat(reltime()) + 60
  while !a:Predicate() && reltimefloat(reltime()) < l:until
    sleep 50m
  endwhile
  if !a:Predicate() | throw 'Timed out waiting for ' . a:what | endif
endfunction

" Errors and warnings of the last publication, each with the text its columns cover in Vim's buffer, taken as
" ALE takes them (lsp/response.vim: col = character + 1, end_col = end character). ALE's own list keeps no
" severity beyond E and W: information and hints are listed as warnings (left alone here: ALE's choice).
let s:last = []
function! s:OnMessage(conn_id, response) abort
  if get(a:response, 'method', '') is# 'textDocument/publishDiagnostics' && ale#util#ToResource(a:response.params.uri) is# expand('%:p')
    let s:last = a:response.params.diagnostics
    let s:published += 1
  endif
endfunction
function! s:Problems() abort
  let l:list = []
  for l:d in s:last
    if get(l:d, 'severity', 1) <= 2
      let l:lines = getline(l:d.range.start.line + 1, l:d.range.end.line + 1)
      let l:lines[-1] = strpart(l:lines[-1], 0, l:d.range.end.character)
      let l:lines[0] = strpart(l:lines[0], l:d.range.start.character)
      call add(l:list, {'code': get(l:d, 'code', ''), 'text': join(l:lines, "\n")})
    endif
  endfor
  return l:list
endfunction
let s:conn = ''
function! s:Started(linter, details) abort
  let s:conn = a:details.connection_id
  call ale#lsp#RegisterCallback(a:details.connection_id, function('s:OnMessage'))
endfunction

let s:replies = {}
function! s:Reply(key, response) abort
  let s:replies[a:key] = a:response
endfunction
" A request sent through ALE's connection, the buffer's changes sent first (as ALE's own requests do); its result.
function! s:Request(method, params) abort
  call ale#lsp#NotifyForChanges(s:conn, bufnr(''))
  call ale#lsp_linter#SendRequest(bufnr(''), 'treaty', [0, a:method, a:params], function('s:Reply', [a:method]))
  call s:Wait({-> has_key(s:replies, a:method)}, a:method)
  let l:r = remove(s:replies, a:method)
  if has_key(l:r, 'error') | throw a:method . ': ' . json_encode(l:r.error) | endif
  return l:r.result
endfunction
function! s:Position() abort
  let [l:line, l:column] = getpos('.')[1:2]
  return {'textDocument': {'uri': ale#util#ToURI(expand('%:p'))}, 'position': {'line': l:line - 1, 'character': l:column - 1}}
endfunction

" The cursor on the first occurrence of needle, shift characters into it.
function! s:CursorAt(needle, shift) abort
  call cursor(1, 1)
  let [l:lnum, l:col] = searchpos('\V' . escape(a:needle, '\'), 'cW')
  if l:lnum == 0 | throw 'not found: ' . a:needle | endif
  call cursor(l:lnum, l:col)
  if a:shift > 0 | execute 'normal! ' . a:shift . 'l' | endif
  return l:lnum
endfunction

try
  packadd ale
  let g:ale_set_signs = 0
  let g:ale_set_highlights = 0
  let g:ale_echo_cursor = 0
  let g:ale_virtualtext_cursor = 0
  let g:ale_completion_enabled = 0
  let g:ale_lint_on_text_changed = 'never'
  let g:ale_lint_on_insert_leave = 0
  call ale#linter#Define('treaty', {
  \ 'name': 'treaty',
  \ 'lsp': 'stdio',
  \ 'executable': 'node',
  \ 'command': 'node ' . shellescape($TREATY_SERVER) . ' --stdio',
  \ 'project_root': fnamemodify($TREATY_FILE, ':h'),
  \ 'language': 'markdown',
  \ 'initialization_options': {'positionEncoding': 'utf-8'},
  \})
  let g:ale_linters = {'treaty': ['treaty']}
  execute 'edit ' . fnameescape($TREATY_FILE)
  set filetype=treaty
  call ale#lsp_linter#StartLSP(bufnr(''), ale#linter#Get('treaty')[0], function('s:Started'))
  ALELint
  call s:Wait({-> s:published > 0}, 'diagnostics')
  let s:answers.initialDiagnostics = s:Problems()

  let s:names = []
  for s:s in s:Request('textDocument/documentSymbol', {'textDocument': {'uri': ale#util#ToURI(expand('%:p'))}})
    call add(s:names, s:s.name)
  endfor
  let s:answers.symbols = s:names

  " Definition of a reference, by ALE's command: where the cursor lands.
  let s:lnum = s:CursorAt(empty($TREATY_NEEDLE) ? '本协议第十二条' : $TREATY_NEEDLE, empty($TREATY_SHIFT) ? 4 : str2nr($TREATY_SHIFT))
  ALEGoToDefinition
  call s:Wait({-> line('.') != s:lnum}, 'the cursor to move to the definition')
  let s:answers.definitionLine = getline('.')
  if $TREATY_MODE is# 'read' | throw 'done' | endif

  " Hover on it (what :ALEHover shows, asked the same way).
  call s:CursorAt('本协议第十二条', 4)
  let s:hover = s:Request('textDocument/hover', s:Position())
  let s:answers.hover = type(s:hover.contents) == v:t_dict ? s:hover.contents.value : type(s:hover.contents) == v:t_string ? s:hover.contents : json_encode(s:hover.contents)

  " Rename by :ALERename, the new name typed at its prompt; ALE applies the edit to the buffer.
  call s:CursorAt('第 十 二 条', 2)
  function! ale#util#Input(message, value, ...) abort
    return '第十三条'
  endfunction
  let s:tick = b:changedtick
  ALERename
  call s:Wait({-> b:changedtick != s:tick}, 'the rename')
  let s:answers.afterRename = getline(1, '$')

  " An edit in Vim: the reference now names no article.
  let s:lnum = s:CursorAt('本协议第十三条', 4)
  execute 'normal! 2s二十'
  let s:published = 0
  ALELint
  call s:Wait({-> s:published > 0 && len(filter(s:Problems(), {_, d -> d.code is# 'ref.no-such-article'})) > 0}, 'the diagnostic after the edit')
  let s:answers.afterEdit = s:Problems()

  " A new reference typed on the next line, completed at its end. The items as the server gives them: ALE's own
  " completion (3.3) inserts an item's newText at the cursor, its textEdit range left aside, and finds the word
  " typed with an ASCII-only pattern, so 第一条 after a typed 第 would read 第第一条 in its buffer (ALE's, left alone).
  call append(s:lnum, '依照本协议第')
  " (In insert mode at the line's end getpos('.') is one past its last byte; the script runs in normal mode, where
  " the cursor cannot be there: the column is made as ALE's completion makes it in insert mode.)
  let s:items = s:Request('textDocument/completion', {'textDocument': {'uri': ale#util#ToURI(expand('%:p'))}, 'position': {'line': s:lnum, 'character': len(getline(s:lnum + 1))}})
  let s:answers.completion = map(copy(type(s:items) == v:t_dict ? s:items.items : s:items), {_, i -> i.label})
  call ale#lsp#StopAll()
catch
  if v:exception isnot# 'done' | let s:answers.error = v:exception . ' (' . v:throwpoint . ')' | endif
endtry
call s:Finish()

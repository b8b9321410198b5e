-- A real Neovim (0.7+) drives the built server: `nvim --headless --clean -c 'luafile neovim.lua'`.
-- Environment: TREATY_SERVER (server/out/server.js), TREATY_FILE (a treaty in a workspace
-- folder), TREATY_OUT (where the answers go, JSON). Positions are made by Neovim itself
-- (byte columns → UTF-16 and back), so the test sees what a Neovim user sees.
local server, file, out = os.getenv('TREATY_SERVER'), os.getenv('TREATY_FILE'), os.getenv('TREATY_OUT')
local answers = {}
local published = {}

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(answers))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local root = vim.fn.fnamemodify(file, ':h')
  local id = vim.lsp.start_client({
    name = 'treaty',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        published[result.uri] = (published[result.uri] or 0) + 1
        vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  local uri = vim.uri_from_bufnr(buf)
  assert(vim.wait(60000, function() return published[uri] ~= nil end, 50), 'no diagnostics published')
  -- Errors and warnings, each with the text its range covers in Neovim's buffer.
  local function problems()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.severity <= vim.diagnostic.severity.WARN then
        local text = vim.api.nvim_buf_get_text(buf, d.lnum, d.col, d.end_lnum, d.end_col, {})
        table.insert(list, { code = d.code, text = table.concat(text, '\n') })
      end
    end
    return list
  end
  answers.initialDiagnostics = problems()

  local function request(method, params)
    local res = vim.lsp.buf_request_sync(buf, method, params, 30000)
    assert(res and res[id], method .. ': no answer')
    assert(not res[id].err, method .. ': ' .. vim.inspect(res[id].err))
    return res[id].result
  end
  -- Put the cursor on the first occurrence of `needle` (plus `shift` characters) and
  -- let Neovim make the position.
  local function cursorAt(needle, shift)
    for lnum, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local s = line:find(needle, 1, true)
      if s then
        local col = vim.str_byteindex(line, vim.str_utfindex(line, s - 1) + shift)
        vim.api.nvim_win_set_cursor(0, { lnum, col })
        return lnum
      end
    end
    error('not found: ' .. needle)
  end
  local function lineText(lnum0) return vim.api.nvim_buf_get_lines(buf, lnum0, lnum0 + 1, false)[1] end

  -- Outline
  local symbols = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() })
  local names = {}
  local function walk(list) for _, s in ipairs(list or {}) do table.insert(names, s.name); walk(s.children) end end
  walk(symbols)
  answers.symbols = names

  -- Definition of a reference (TREATY_NEEDLE, TREATY_SHIFT: another text's reference)
  cursorAt(os.getenv('TREATY_NEEDLE') or '本协议第十二条', tonumber(os.getenv('TREATY_SHIFT') or '4'))
  local def = request('textDocument/definition', vim.lsp.util.make_position_params())
  local loc = def[1] or def
  answers.definitionLine = lineText((loc.targetSelectionRange or loc.range).start.line)
  if os.getenv('TREATY_MODE') == 'read' then error('done', 0) end

  -- Hover on it
  local hover = request('textDocument/hover', vim.lsp.util.make_position_params())
  answers.hover = type(hover.contents) == 'table' and (hover.contents.value or vim.inspect(hover.contents)) or hover.contents

  -- Rename 第十二条 (on its heading) to 第十三条 and apply the edit as Neovim applies it: the
  -- heading keeps its spaced style and the reference to it follows.
  cursorAt('第 十 二 条', 2)
  local edit = request('textDocument/rename', vim.tbl_extend('force', vim.lsp.util.make_position_params(), { newName = '第十三条' }))
  assert(edit, 'rename: no edit')
  vim.lsp.util.apply_workspace_edit(edit, client.offset_encoding or 'utf-16')
  answers.afterRename = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- An edit made by Neovim (incremental didChange, positions computed by Neovim): the
  -- reference now names an article the treaty lacks; the diagnostic must cover its text.
  local lnum = cursorAt('本协议第十三条', 0)
  local line = lineText(lnum - 1)
  local s = line:find('十三条', 1, true)
  vim.api.nvim_buf_set_text(buf, lnum - 1, s - 1, lnum - 1, s - 1 + #'十三', { '二十' })
  assert(vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == 'ref.no-such-article' then return true end end
    return false
  end, 50), 'no diagnostic after the edit')
  answers.afterEdit = problems()

  -- Typing a new reference and completing it at the end of the line (as in insert mode).
  local typed = '依照本协议第'
  vim.api.nvim_buf_set_lines(buf, lnum, lnum, false, { typed })
  local _, utf16 = vim.str_utfindex(typed)
  local completion = request('textDocument/completion', { textDocument = vim.lsp.util.make_text_document_params(), position = { line = lnum, character = utf16 } })
  answers.completion = {}
  for _, item in ipairs(completion.items or completion) do table.insert(answers.completion, item.label) end

  vim.lsp.stop_client(id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
end)
if not ok and err ~= 'done' then answers.error = tostring(err) end
finish()

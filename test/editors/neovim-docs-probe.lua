-- Run after docs/editors.md's Neovim configuration (nvim -u that init.lua FILE): waits for the
-- file's diagnostics and writes what a user would see to $TREATY_OUT as JSON — the clients
-- attached to the buffer, its filetype, and each diagnostic's code and severity.
local out = os.getenv('TREATY_OUT')
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)
-- Diagnostics are published again after the workspace scan: let the last of them come.
vim.wait(2000)
local names = {}
for _, c in pairs(vim.lsp.buf_get_clients(0)) do table.insert(names, c.name) end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(diagnostics, { code = d.code, severity = d.severity }) end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ clients = names, filetype = vim.bo.filetype, diagnostics = diagnostics }))
f:close()
vim.cmd('qa!')

-- Headless Neovim as an LSP client of factlint: attach to the current buffer, wait for
-- diagnostics, print them as JSON and quit. Neovim 0.7 API (vim.lsp.start_client).
local server = os.getenv('FACTLINT_SERVER')
local out = os.getenv('FACTLINT_OUT')
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'
local id = vim.lsp.start_client({
  name = 'factlint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local result = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, code = d.code, message = d.message })
end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ ok = ok, diagnostics = result }))
f:close()
vim.lsp.stop_client(id)
vim.cmd('qa!')

-- Neovim's built-in LSP client (0.7: start_client + buf_attach_client) against `plimsoll lsp`:
-- open a Dockerfile, wait for diagnostics, apply a quick fix, assert the buffer. Run headless
-- by ctest with PLIMSOLL_BIN set; exits non-zero with a message on the first failed check.
local bin = os.getenv('PLIMSOLL_BIN')

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then fail(message) end
end

check(bin ~= nil and vim.fn.executable(bin) == 1, 'PLIMSOLL_BIN is not an executable: ' .. tostring(bin))

local dir = vim.fn.tempname()
vim.fn.mkdir(dir .. '/.git', 'p')
local path = dir .. '/Dockerfile'
-- "héllo😀" puts 3 more bytes than UTF-16 units before apt-get: byte column 25, character 22.
local lines = {
  'FROM debian:bookworm',
  'RUN echo "héllo😀" && apt-get install -y curl',
}
vim.fn.writefile(lines, path)

local exit_code = nil
local client_id = vim.lsp.start_client({
  name = 'plimsoll',
  cmd = { bin, 'lsp' },
  root_dir = dir,
  on_exit = function(code) exit_code = code end,
})
check(client_id ~= nil, 'start_client failed')

vim.cmd('edit ' .. vim.fn.fnameescape(path))
local buf = vim.api.nvim_get_current_buf()
check(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')

local function df030()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'DF030' then return d end
  end
  return nil
end

check(vim.wait(10000, function() return df030() ~= nil end, 20), 'no DF030 diagnostic within 10 s')
local d = df030()
check(d.lnum == 1, 'DF030 on line ' .. d.lnum .. ', expected 1')
-- Neovim turns the server's UTF-16 character into a byte column: 22 units must become 25.
check(d.col == 25, 'DF030 at byte column ' .. d.col .. ', expected 25')
check(d.source == 'plimsoll', 'diagnostic source is ' .. tostring(d.source))

local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 1, character = 30 }, ['end'] = { line = 1, character = 30 } },
  context = { diagnostics = {} },
}
local reply = client.request_sync('textDocument/codeAction', params, 5000, buf)
check(reply ~= nil and reply.err == nil, 'codeAction failed: ' .. vim.inspect(reply))
local action = nil
for _, a in ipairs(reply.result or {}) do
  if a.title:find('no-install-recommends', 1, true) then action = a end
end
check(action ~= nil, 'no --no-install-recommends quick fix in ' .. vim.inspect(reply.result))
check(action.kind == 'quickfix', 'action kind is ' .. tostring(action.kind))
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)

local text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local want = 'RUN echo "héllo😀" && apt-get install --no-install-recommends -y curl'
check(text[2] == want, 'buffer line 2 is\n  ' .. tostring(text[2]) .. '\nexpected\n  ' .. want)
check(text[1] == lines[1], 'line 1 changed: ' .. tostring(text[1]))

-- The edit reaches the server as a didChange; DF030 then goes away.
check(vim.wait(10000, function() return df030() == nil end, 20), 'DF030 still reported after the fix')

local hover = client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 1, character = 24 },
}, 5000, buf)
check(hover ~= nil and hover.result ~= nil, 'no hover over the apt-get command')

vim.lsp.stop_client(client_id)
check(vim.wait(5000, function() return exit_code ~= nil end, 20), 'server did not exit after shutdown')
check(exit_code == 0, 'server exit code ' .. tostring(exit_code))
vim.fn.delete(dir, 'rf')
io.stdout:write('nvim lsp test: ok\n')
vim.cmd('qall!')

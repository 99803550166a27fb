-- Neovim (0.7+) as a real client of the Outreach Etiquette language server, run headless by test/e2e/neovim.test.ts:
--   nvim --headless -n -i NONE -u init.lua <template>
-- The first part is the configuration a user would write (no plugins; 0.7 has no vim.lsp.start, so start_client +
-- buf_attach_client). The second part drives the editor and writes what it saw, check by check, as JSON to
-- $OUTREACH_RESULTS, then quits with :qa! when every check passed and :cq otherwise. Every wait is vim.wait on a state.
--
-- Environment: OUTREACH_NODE (node binary), OUTREACH_SERVER (absolute path of dist/server.js), OUTREACH_ROOT (workspace
-- folder), OUTREACH_RESULTS (JSON file to write), OUTREACH_TIMEOUT_MS (whole-run guard, default 20000).

local WAIT_MS = 10000
local ASK = 'Could we grab coffee next week to talk about how you moved from nursing into health-tech product work?'

local results = { checks = {}, serverLog = {}, published = {} }
local client_id
local server_exit

local function required_env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    error({ failure = name .. ' is not set' })
  end
  return value
end

local function write_results()
  local file = io.open(required_env('OUTREACH_RESULTS'), 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
end

local function finish()
  local passed = #results.checks > 0 and not results.error
  for _, check in ipairs(results.checks) do
    passed = passed and check.ok
  end
  write_results()
  vim.cmd(passed and 'qall!' or 'cquit 1')
end

local function codes(diagnostics)
  local list = {}
  for _, diagnostic in ipairs(diagnostics) do
    table.insert(list, tostring(diagnostic.code))
  end
  return list
end

-- ---------------------------------------------------------------------------------------------------
-- The configuration: `*.outreach.hbs` is filetype `outreach`, which starts (once) and attaches the server.

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.outreach.hbs',
  callback = function(args)
    vim.bo[args.buf].filetype = 'outreach'
  end,
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'outreach',
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = 'outreach-ls',
      cmd = { required_env('OUTREACH_NODE'), required_env('OUTREACH_SERVER'), '--stdio' },
      root_dir = required_env('OUTREACH_ROOT'),
      handlers = {
        ['window/logMessage'] = function(_, params)
          table.insert(results.serverLog, params.message)
        end,
        -- Recorded for the test, then handed to Neovim's own handler (vim.diagnostic).
        ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
          table.insert(results.published, { version = params.version, codes = codes(params.diagnostics) })
          return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
        end,
      },
      on_exit = function(code, signal)
        server_exit = { code = code, signal = signal }
      end,
    })
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})

-- ---------------------------------------------------------------------------------------------------
-- The checks.

local function expect(condition, message)
  if not condition then
    error({ failure = message }, 0)
  end
end

local function check(name, run)
  local ok, outcome = xpcall(run, function(err)
    return type(err) == 'table' and err.failure or debug.traceback(tostring(err))
  end)
  table.insert(results.checks, ok and { name = name, ok = true, detail = outcome } or { name = name, ok = false, error = outcome })
  return ok
end

local function wait_for(predicate)
  return vim.wait(WAIT_MS, predicate, 20)
end

local function line_text(bufnr, lnum)
  return vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, true)[1]
end

--- The UTF-16 column of a byte column, as LSP positions count.
local function utf16_col(line, byte_col)
  local _, utf16 = vim.str_utfindex(line, byte_col)
  return utf16
end

local function find_diagnostic(bufnr, code)
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.code == code then
      return diagnostic
    end
  end
end

--- A request answered by our client, or a failure naming what did not come.
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, WAIT_MS)
  expect(responses, method .. ' got no answer: ' .. tostring(err))
  local response = responses[client_id]
  expect(response and not response.err, method .. ' failed: ' .. vim.inspect(response))
  return response.result
end

local function completion_items(bufnr, position)
  local result = request(bufnr, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position })
  expect(result and result ~= vim.NIL, 'completion returned nothing')
  return result.items or result, result
end

local function run_checks()
  local bufnr = vim.api.nvim_get_current_buf()
  local v = vim.version()
  results.nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  results.lspLog = vim.lsp.get_log_path()

  local attached = check('attach', function()
    expect(vim.bo[bufnr].filetype == 'outreach', 'filetype is ' .. vim.bo[bufnr].filetype .. ', not outreach')
    expect(client_id, 'vim.lsp.start_client did not start the server')
    expect(vim.lsp.buf_is_attached(bufnr, client_id), 'the server is not attached to the buffer')
    local function initialized()
      local client = vim.lsp.get_client_by_id(client_id)
      return client and client.initialized
    end
    wait_for(function()
      return initialized() or server_exit ~= nil
    end)
    expect(server_exit == nil, 'the server exited before initializing: ' .. vim.inspect(server_exit))
    expect(initialized(), 'the server did not answer initialize')
    return { server = vim.lsp.get_client_by_id(client_id).name }
  end)
  if not attached then
    return
  end

  local time_limit
  local diagnostics_ok = check('diagnostics', function()
    expect(wait_for(function()
      return find_diagnostic(bufnr, 'time-limit') ~= nil
    end), 'no time-limit diagnostic arrived; vim.diagnostic has: ' .. table.concat(codes(vim.diagnostic.get(bufnr)), ', '))
    local found = codes(vim.diagnostic.get(bufnr))
    expect(find_diagnostic(bufnr, 'reason-to-meet'), 'no reason-to-meet diagnostic among ' .. table.concat(found, ', '))
    time_limit = find_diagnostic(bufnr, 'time-limit')
    local underlined = line_text(bufnr, time_limit.lnum):sub(time_limit.col + 1, time_limit.end_col)
    expect(underlined == ASK, 'the time-limit range covers ' .. vim.inspect(underlined) .. ', not the ask')
    expect(time_limit.source == 'outreach', 'source is ' .. tostring(time_limit.source))
    expect(time_limit.severity == vim.diagnostic.severity.WARN, 'time-limit severity is ' .. tostring(time_limit.severity))
    return { codes = found, line = time_limit.lnum, col = time_limit.col, end_col = time_limit.end_col }
  end)
  if not diagnostics_ok then
    return
  end
  local ask_lnum = time_limit.lnum
  local ask_line = line_text(bufnr, ask_lnum)
  local uri = vim.uri_from_bufnr(bufnr)

  check('hover', function()
    local position = { line = ask_lnum, character = utf16_col(ask_line, ask_line:find('grab coffee', 1, true) - 1) }
    local hover = request(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position })
    expect(hover and hover ~= vim.NIL, 'no hover on the ask')
    local value = hover.contents.value or ''
    expect(value:find('**time-limit**', 1, true), 'the hover does not name time-limit: ' .. value)
    local lines = vim.lsp.util.trim_empty_lines(vim.lsp.util.convert_input_to_markdown_lines(hover.contents))
    expect(#lines > 0, 'Neovim renders the hover as no lines')
    return { firstLine = lines[1] }
  end)

  check('code action', function()
    local range = {
      start = { line = ask_lnum, character = utf16_col(ask_line, time_limit.col) },
      ['end'] = { line = time_limit.end_lnum, character = utf16_col(ask_line, time_limit.end_col) },
    }
    -- The context Neovim's own :lua vim.lsp.buf.code_action() sends: the line's diagnostics.
    local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, ask_lnum, nil, client_id) }
    local actions = request(bufnr, 'textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = context })
    expect(actions and actions ~= vim.NIL, 'no code actions')
    local titles, fix = {}, nil
    for _, action in ipairs(actions) do
      table.insert(titles, action.title)
      if not fix and action.title:find('Add a time limit: “', 1, true) == 1 then
        fix = action
      end
    end
    expect(fix, 'no "Add a time limit" quick fix among: ' .. table.concat(titles, ' | '))
    expect(vim.tbl_contains(titles, 'Disable time-limit for this line'), 'no disable-line action among: ' .. table.concat(titles, ' | '))
    expect(fix.kind == 'quickfix', 'the fix has kind ' .. tostring(fix.kind))
    local change = fix.edit.documentChanges and fix.edit.documentChanges[1]
    local edits = change and change.edits or (fix.edit.changes and fix.edit.changes[uri])
    expect(edits and #edits == 1, 'the fix is not one text edit: ' .. vim.inspect(fix.edit))
    expect(edits[1].newText, 'the fix is a snippet edit, which this client did not ask for: ' .. vim.inspect(edits[1]))

    -- Apply it the way a user does: :lua vim.lsp.buf.code_action() on the line, picking the fix in the menu.
    local offered
    vim.ui.select = function(items, opts, on_choice)
      offered = vim.tbl_map(opts.format_item, items)
      for _, item in ipairs(items) do
        if item[2].title == fix.title then
          return on_choice(item)
        end
      end
      on_choice(nil)
    end
    vim.api.nvim_win_set_cursor(0, { ask_lnum + 1, time_limit.col })
    vim.lsp.buf.code_action()
    expect(wait_for(function()
      return offered ~= nil
    end), 'vim.lsp.buf.code_action() showed no menu')
    expect(vim.tbl_contains(offered, fix.title), 'the menu lacks the fix: ' .. table.concat(offered, ' | '))
    -- The fix folds the length into the ask: its edit replaces a span of the line, in UTF-16 columns.
    local edit = edits[1]
    expect(edit.range.start.line == ask_lnum and edit.range['end'].line == ask_lnum, 'the fix edits another line: ' .. vim.inspect(edit))
    local from = vim.str_byteindex(ask_line, edit.range.start.character, true)
    local to = vim.str_byteindex(ask_line, edit.range['end'].character, true)
    local fixed_line = line_text(bufnr, ask_lnum)
    local expected = ask_line:sub(1, from) .. edit.newText .. ask_line:sub(to + 1)
    expect(fixed_line == expected, 'after the fix the ask line reads ' .. vim.inspect(fixed_line) .. ', not ' .. vim.inspect(expected))
    expect(fixed_line:find('15', 1, true), 'the fixed ask names no length: ' .. vim.inspect(fixed_line))

    expect(wait_for(function()
      local last = results.published[#results.published]
      return last and last.version == vim.lsp.util.buf_versions[bufnr] and find_diagnostic(bufnr, 'time-limit') == nil
    end), 'time-limit is still shown after the fix; last publish: ' .. vim.inspect(results.published[#results.published]))
    expect(find_diagnostic(bufnr, 'reason-to-meet'), 'reason-to-meet vanished too: the republish is not a fresh lint')
    return { applied = fix.title, inserted = edits[1].newText, after = codes(vim.diagnostic.get(bufnr)) }
  end)

  check('clause completion', function()
    local blank = ask_lnum + 1
    expect(line_text(bufnr, blank) == '', 'line ' .. blank .. ' after the ask is not blank')
    local items, list = completion_items(bufnr, { line = blank, character = 0 })
    local clause
    for _, item in ipairs(items) do
      expect(item.insertTextFormat ~= 2, 'a snippet item, which this client did not ask for: ' .. item.label)
      if not clause and item.detail == 'time-limit' and item.kind == vim.lsp.protocol.CompletionItemKind.Snippet then
        clause = item
      end
    end
    expect(clause, 'no time-limit clause among ' .. #items .. ' items')
    -- What the omnifunc (<C-x><C-o>) would put in the popup menu.
    local words = vim.tbl_map(function(entry)
      return entry.word
    end, vim.lsp.util.text_document_completion_list_to_complete_items(list, ''))
    expect(#words == #items, 'Neovim turned ' .. #items .. ' items into ' .. #words .. ' menu entries')
    expect(vim.tbl_contains(words, clause.textEdit.newText), 'the menu lacks the clause text ' .. clause.textEdit.newText)
    return { items = #items, label = clause.label }
  end)

  check('placeholder completion', function()
    vim.api.nvim_buf_set_lines(bufnr, -1, -1, true, { 'P.S. {{' })
    local last = vim.api.nvim_buf_line_count(bufnr) - 1
    local items = completion_items(bufnr, { line = last, character = #'P.S. {{' })
    local labels, by_label = {}, {}
    for _, item in ipairs(items) do
      table.insert(labels, item.label)
      by_label[item.label] = item
    end
    local listed = table.concat(labels, ', ')
    for path, sample in pairs({ ['recipient.firstName'] = 'Noor', ['sender.firstName'] = 'Kai' }) do
      local item = by_label[path]
      expect(item, path .. ' is not offered inside {{; offered: ' .. listed)
      expect(item.kind == vim.lsp.protocol.CompletionItemKind.Variable, path .. ' has kind ' .. tostring(item.kind))
      expect(item.detail == sample, path .. ' shows ' .. tostring(item.detail) .. ', not its sample ' .. sample)
      expect(item.textEdit.newText == path .. '}}', path .. ' inserts ' .. item.textEdit.newText)
    end
    return { labels = labels }
  end)

  check('shutdown', function()
    vim.lsp.stop_client(client_id)
    expect(wait_for(function()
      return server_exit ~= nil
    end), 'the server did not exit after shutdown')
    expect(server_exit.code == 0 and server_exit.signal == 0, 'the server exited with ' .. vim.inspect(server_exit))
    return server_exit
  end)
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local timeout_ms = tonumber(os.getenv('OUTREACH_TIMEOUT_MS') or '') or 20000
    local guard = vim.loop.new_timer()
    guard:start(timeout_ms, 0, vim.schedule_wrap(function()
      results.error = 'timed out after ' .. timeout_ms .. ' ms'
      write_results()
      vim.cmd('cquit 2')
    end))
    local ok, err = pcall(run_checks)
    if not ok then
      results.error = type(err) == 'table' and err.failure or tostring(err)
    end
    guard:stop()
    finish()
  end,
})

-- The search mix with a unique parameter per request: every response is computed, none comes from the output cache.
dofile("bench/search-mix.lua")
local mixed = request
local n = 0
request = function()
  n = n + 1
  local r = mixed()
  return r:gsub("^(GET [^ ]+)", function(line) return line .. "&nocache=" .. n end, 1)
end

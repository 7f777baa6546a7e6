-- wrk script: POSTs message activities to /api/messages. Environment variables:
--   SERVICE_URL    the capture server's address, where the bot sends its replies (loopback only)
--   CONVERSATIONS  how many conversations the follow-up messages are spread over (default 1000)
--   NEW_EVERY      every Nth request starts a new conversation with a new user (default 10;
--                  0 sends only to the CONVERSATIONS pool)
--   RUN_TAG        prefix of every conversation and user id, so each run starts with empty state
--   TEXT           the message text (default "hi")
-- At the end it prints one line: RESULT requests=.. seconds=.. rps=.. p50_ms=.. p99_ms=.. non2xx=.. socket_errors=..

local service_url = os.getenv("SERVICE_URL") or error("SERVICE_URL is not set")
local conversations = tonumber(os.getenv("CONVERSATIONS") or "1000")
local new_every = tonumber(os.getenv("NEW_EVERY") or "10")
local run_tag = os.getenv("RUN_TAG") or "run"
local text = os.getenv("TEXT") or "hi"

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  math.randomseed(thread_id * 7919)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local function pick_conversation()
  if new_every > 0 and counter % new_every == 0 then
    return string.format("%s-new-%d-%d", run_tag, thread_id, counter)
  end

  return string.format("%s-conv-%d", run_tag, math.random(1, conversations))
end

function request()
  counter = counter + 1
  local conversation = pick_conversation()
  local body = string.format(
    '{"type":"message","id":"act-%d-%d","channelId":"emulator","serviceUrl":"%s",' ..
    '"from":{"id":"user-%s","name":"Dana Testperson","role":"user"},' ..
    '"recipient":{"id":"helpbot","name":"HelpBot","role":"bot"},' ..
    '"conversation":{"id":"%s"},"locale":"en-US","textFormat":"plain","text":"%s"}',
    thread_id, counter, service_url, conversation, conversation, text)
  return wrk.format(nil, "/api/messages", nil, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, socket_errors))
end

// Drives the real botframework-directlinejs client for the C# end-to-end tests.
//
// Input: one JSON command per line on stdin. Output: one JSON event per line on stdout.
// Commands:
//   {"op":"connect","domain":"http://127.0.0.1:PORT/v3/directline","token":"...","webSocket":true,
//    "pollingInterval":200,"conversationId":"...","watermark":"..."}
//   {"op":"post","ref":"r1","activity":{...}}
//   {"op":"refreshToken"}
//   {"op":"state"}
//   {"op":"end"}
// Events: ready, status, activity, posted, postFailed, tokenRefreshed, tokenRefreshFailed, state,
// error, ended.
'use strict';

// Node 20 has no XMLHttpRequest, and without one DirectLineJS hangs in Connecting with no error.
global.XMLHttpRequest = require('xhr2');
// DirectLineJS uses real WebSockets only when a global WebSocket exists; the option alone
// silently falls back to polling.
const WebSocket = require('ws');
global.WebSocket = WebSocket;

const readline = require('node:readline');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const statusNames = Object.fromEntries(Object.entries(ConnectionStatus).map(([name, value]) => [value, name]));
let directLine;

function emit(event) {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function describeError(error) {
  if (!error) return 'unknown error';
  return error.status ? `HTTP ${error.status}` : String(error.message || error);
}

// The tests must only reach the bot on loopback, so any other host is rejected before a request.
function assertLoopback(domain) {
  const host = new URL(domain).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') {
    throw new Error(`domain host ${host} is not loopback`);
  }
}

function connect(command) {
  assertLoopback(command.domain);
  directLine = new DirectLine({
    domain: command.domain,
    token: command.token,
    webSocket: command.webSocket !== false,
    WebSocket,
    pollingInterval: command.pollingInterval || 200,
    conversationId: command.conversationId,
    watermark: command.watermark,
    timeout: command.timeout || 10000,
  });
  directLine.connectionStatus$.subscribe((status) => emit({ event: 'status', status: statusNames[status] }));
  directLine.activity$.subscribe(
    (activity) => emit({ event: 'activity', watermark: directLine.watermark || null, activity }),
    (error) => emit({ event: 'error', source: 'activity$', message: describeError(error) }),
  );
}

function post(command) {
  directLine.postActivity(command.activity).subscribe(
    (id) => emit({ event: 'posted', ref: command.ref || null, id }),
    (error) => emit({ event: 'postFailed', ref: command.ref || null, message: describeError(error) }),
  );
}

// Returns the exp claim (seconds since 1970) of a JWT, or null when the token is not a JWT.
function expiryOf(token) {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString('utf8')).exp ?? null;
  } catch {
    return null;
  }
}

// Calls the same method that the client's 15-minute refresh loop calls, so a test need not wait.
function refreshToken() {
  const before = directLine.token;
  directLine.refreshToken().subscribe(
    (token) => {
      directLine.token = token;
      emit({
        event: 'tokenRefreshed',
        changed: Boolean(token) && token !== before,
        expiresBefore: expiryOf(before),
        expiresAfter: expiryOf(token),
      });
    },
    (error) => emit({ event: 'tokenRefreshFailed', message: describeError(error) }),
  );
}

function state() {
  emit({
    event: 'state',
    conversationId: directLine ? directLine.conversationId || null : null,
    watermark: directLine ? directLine.watermark || null : null,
    status: directLine ? statusNames[directLine.connectionStatus$.getValue()] : null,
  });
}

function end() {
  if (directLine) directLine.end();
  emit({ event: 'ended' });
  process.stdout.write('', () => process.exit(0));
}

const handlers = { connect, post, refreshToken, state, end };

function handle(line) {
  if (!line.trim()) return;
  let command;
  try {
    command = JSON.parse(line);
    const handler = handlers[command.op];
    if (!handler) throw new Error(`unknown op ${command.op}`);
    if (command.op !== 'connect' && command.op !== 'end' && command.op !== 'state' && !directLine) {
      throw new Error(`op ${command.op} needs a connect first`);
    }
    handler(command);
  } catch (error) {
    emit({ event: 'error', source: command ? command.op : 'parse', message: describeError(error) });
  }
}

readline.createInterface({ input: process.stdin }).on('line', handle).on('close', end);
emit({ event: 'ready' });

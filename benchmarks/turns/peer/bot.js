// The botbuilder-js peer for the turn benchmark: node:http on 127.0.0.1, a CloudAdapter without an
// app id (authentication off), MemoryStorage, and a waterfall dialog that sends one reply per turn
// by POSTing to the activity's serviceUrl.
// Usage: node bot.js PORT
'use strict';
const http = require('node:http');
const {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} = require('botbuilder');
const { DialogSet, DialogTurnStatus, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write('Usage: node bot.js PORT\n');
  process.exit(2);
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('dialogState');
const dialogs = new DialogSet(dialogState);

// Each turn sends exactly one message: the first turn of a conversation gets the menu; every later
// turn gets an answer, and the dialog restarts itself silently to wait for the next message.
dialogs.add(new WaterfallDialog('main', [
  async (step) => {
    if (!step.options?.again) {
      await step.context.sendActivity('Welcome. Pick one: report a problem, my tickets, help topics.');
    }
    return { status: DialogTurnStatus.waiting };
  },
  async (step) => {
    await step.context.sendActivity('Pick one of the menu items: report a problem, my tickets, help topics.');
    return await step.replaceDialog('main', { again: true });
  },
]));

async function onTurn(context) {
  if (context.activity.type !== 'message') {
    return;
  }

  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) {
    await dc.beginDialog('main');
  }

  await conversationState.saveChanges(context);
}

// CloudAdapter.process expects an Express-style request with a parsed body and a response with
// status/header/send; node:http gives neither, so this shim adds them.
function wrapResponse(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
        res.setHeader('Content-Type', 'application/json');
        body = JSON.stringify(body);
      }
      res.end(body);
      return this;
    },
    end(...args) { if (!res.writableEnded) res.end(...args); return this; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }

  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }

    const wrapped = wrapResponse(res);
    adapter.process(req, wrapped, onTurn).catch((error) => {
      process.stderr.write(`turn failed: ${error.message}\n`);
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
});

server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => process.stdout.write(`peer listening on 127.0.0.1:${port}\n`));

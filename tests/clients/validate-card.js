// Validates Adaptive Card JSON with the official adaptivecards 3.0.6 renderer, without a DOM.
//
// Input: one card JSON document on stdin. Output: one JSON line
// {"valid":bool,"events":[{"phase":"parse"|"validate","event":"...","message":"..."}]}.
// Exit code 0 when the card is valid, 1 when the renderer reports problems, 2 on bad input.
'use strict';

// The package's main entry uses extensionless ESM imports that Node 20 rejects.
const AC = require('adaptivecards/dist/adaptivecards.min.js');

function collectParseEvents(context) {
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    events.push({ phase: 'parse', event: AC.ValidationEvent[event.event], message: event.message });
  }
  return events;
}

function validate(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = collectParseEvents(context);
  for (const event of card.validateProperties().validationEvents) {
    events.push({ phase: 'validate', event: AC.ValidationEvent[event.event], message: event.message });
  }
  return events;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  let json;
  try {
    json = JSON.parse(input);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ valid: false, events: [{ phase: 'input', message: error.message }] })}\n`);
    process.exit(2);
  }
  const events = validate(json);
  process.stdout.write(`${JSON.stringify({ valid: events.length === 0, events })}\n`);
  process.exitCode = events.length === 0 ? 0 : 1;
});

// Measures redact-pii's SyncRedactor (regex pattern set, no Google DLP) on the 1 MB mixed corpus that
// `dotnet run -c Release --project ../HelpBot.PiiBenchmarks -- --write-corpus corpus-1mb.txt` writes.
// Runs on one thread; prints MB/s by CPU time and by wall time, for the whole text at once and line by line.
'use strict';
const fs = require('fs');
const path = require('path');
const { SyncRedactor } = require('redact-pii');

const file = process.argv[2] || path.join(__dirname, 'corpus-1mb.txt');
const text = fs.readFileSync(file, 'utf8');
const lines = text.split('\n');
const redactor = new SyncRedactor();
const megabytes = text.length / 1_000_000;

function measure(name, run) {
  run(); // warm-up
  const rounds = 5;
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < rounds; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = times[Math.floor(rounds / 2)];
  const cpuMedian = cpuTimes[Math.floor(rounds / 2)];
  const fastest = cpuTimes[0];
  console.log(`${name}: median CPU ${cpuMedian.toFixed(3)} s (${(megabytes / cpuMedian).toFixed(2)} MB/s by CPU time; ` +
    `fastest run ${(megabytes / fastest).toFixed(2)} MB/s), ` +
    `wall ${median.toFixed(3)} s (${(megabytes / median).toFixed(2)} MB/s) over ${rounds} runs`);
}

measure('redact-pii one text', () => redactor.redact(text));
measure('redact-pii per line', () => { for (const line of lines) redactor.redact(line); });

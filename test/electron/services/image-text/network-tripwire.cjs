/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with `node -r`, so CommonJS */
// Preloaded with `node -r` into the process under test and, through it, into every worker thread:
// any attempt to reach the network is written to $TRIPWIRE_LOG and fails.
const { appendFileSync } = require('node:fs');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const { isMainThread } = require('node:worker_threads');

const where = isMainThread ? 'main' : 'worker';
function trip(what) {
  appendFileSync(process.env.TRIPWIRE_LOG, `${where} tried ${what}\n`);
  throw new Error(`network use is not allowed here: ${what}`);
}
net.Socket.prototype.connect = () => trip('a socket connection');
dns.lookup = (host) => trip(`a DNS lookup of ${host}`);
http.request = () => trip('an HTTP request');
https.request = () => trip('an HTTPS request');
globalThis.fetch = (url) => trip(`fetch ${url}`);
appendFileSync(process.env.TRIPWIRE_LOG, `${where} armed\n`);

// A parse worker that dies on its first batch, as one would on a crash.
import process from 'node:process';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(1));

// A parse worker for which every batch throws.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ batch }) => parentPort.postMessage({ batch, failed: true }));

#!/usr/bin/env node
// Launcher only: everything lives in the bundled CLI so start-up reads one file.
import '../dist/cli.js';

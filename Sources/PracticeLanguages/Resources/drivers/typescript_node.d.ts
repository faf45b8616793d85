// practice: node's CommonJS names for a TypeScript program (program mode), loosely typed: Debian has no
// @types/node, and a program needs little more than `require('fs').readFileSync(0, 'utf8')` and `process`.
// Every module a program imports (`import * as fs from 'fs'`) is `any`.
declare var require: (id: string) => any;
declare var process: any;
declare var Buffer: any;
declare var module: any;
declare var exports: any;
declare var __filename: string;
declare var __dirname: string;
declare module '*';

// practice: what node gives every TypeScript solution beyond the ES2022 library (docs/ARCHITECTURE.md, "Languages").
// tsc runs with `--lib es2022`, without the DOM library, whose 800 KB take half of tsc's time; these are the
// non-ECMAScript globals a solution may use, declared loosely: console, timers, structuredClone, text codecs.
interface Console {
    log(...data: any[]): void;
    info(...data: any[]): void;
    debug(...data: any[]): void;
    warn(...data: any[]): void;
    error(...data: any[]): void;
    trace(...data: any[]): void;
    dir(item?: any, options?: any): void;
    table(data?: any, properties?: string[]): void;
    assert(condition?: boolean, ...data: any[]): void;
    count(label?: string): void;
    time(label?: string): void;
    timeEnd(label?: string): void;
    timeLog(label?: string, ...data: any[]): void;
    group(...data: any[]): void;
    groupEnd(): void;
}
declare var console: Console;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): any;
declare function clearTimeout(id?: any): void;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): any;
declare function clearInterval(id?: any): void;
declare function setImmediate(handler: (...args: any[]) => void, ...args: any[]): any;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T = any>(value: T, options?: any): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare var performance: { now(): number; timeOrigin: number };
declare class TextEncoder {
    readonly encoding: string;
    encode(input?: string): Uint8Array;
}
declare class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    readonly encoding: string;
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

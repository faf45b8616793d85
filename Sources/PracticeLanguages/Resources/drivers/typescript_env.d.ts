// practice: LeetCode's TypeScript environment in function mode (docs/ARCHITECTURE.md, "Languages"), declared for tsc;
// javascript_driver.js defines them at run time. A declaration is left out when the solution defines that name
// itself (its own `class Queue`, `class TreeNode`), so the solution's wins, as in JavaScript.

// LeetCode's binary tree node.
declare class TreeNode {
    val: number;
    left: TreeNode | null;
    right: TreeNode | null;
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

// LeetCode's singly-linked list node.
declare class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
}

// @datastructures-js/priority-queue as LeetCode has it (v6: elements come back as they went in), also taking the
// options of v4/v5 (`{ priority }`, `{ compare }`, `enqueue(element, priority)`, elements back as `{ priority, element }`).
// `T` defaults to `any`, and a queue made with options holds `any`, so `new MinPriorityQueue()` holds anything and
// v4/v5's `dequeue().element` compiles. Each is an interface (the methods) and a constructor (a var, so the options
// form can have its own element type).
interface PriorityQueueOptions<T> {
    compare?: (a: T, b: T) => number;
    priority?: (element: T) => number;
}
interface PriorityQueue<T = any> extends Iterable<T> {
    size(): number;
    isEmpty(): boolean;
    front(): T | null;
    back(): T | null;
    enqueue(element: T, priority?: number): this;
    push(element: T, priority?: number): this;
    dequeue(): T | null;
    pop(): T | null;
    remove(predicate: (element: T) => boolean): T[];
    contains(predicate: (element: T) => boolean): boolean;
    toArray(): T[];
    clear(): void;
}
declare var PriorityQueue: {
    new <T = any>(compare?: (a: T, b: T) => number, values?: T[]): PriorityQueue<T>;
    new (options: PriorityQueueOptions<any>, values?: any[]): PriorityQueue<any>;
    fromArray<T>(values: T[], compare?: (a: T, b: T) => number): PriorityQueue<T>;
};
// The min and max queues: a value callback instead of a compare function.
interface MinPriorityQueue<T = any> extends PriorityQueue<T> {}
declare var MinPriorityQueue: {
    new <T = any>(valueOf?: (element: T) => number | string, values?: T[]): MinPriorityQueue<T>;
    new (options: PriorityQueueOptions<any>, values?: any[]): MinPriorityQueue<any>;
    fromArray<T>(values: T[], valueOf?: (element: T) => number | string): MinPriorityQueue<T>;
};
interface MaxPriorityQueue<T = any> extends PriorityQueue<T> {}
declare var MaxPriorityQueue: {
    new <T = any>(valueOf?: (element: T) => number | string, values?: T[]): MaxPriorityQueue<T>;
    new (options: PriorityQueueOptions<any>, values?: any[]): MaxPriorityQueue<any>;
    fromArray<T>(values: T[], valueOf?: (element: T) => number | string): MaxPriorityQueue<T>;
};

// @datastructures-js/queue: first in, first out; null from an empty queue.
declare class Queue<T = any> {
    constructor(elements?: T[]);
    size(): number;
    isEmpty(): boolean;
    front(): T | null;
    back(): T | null;
    enqueue(element: T): this;
    push(element: T): this;
    dequeue(): T | null;
    pop(): T | null;
    toArray(): T[];
    clear(): void;
    clone(): Queue<T>;
    static fromArray<T>(elements: T[]): Queue<T>;
}

// @datastructures-js/deque: both ends.
declare class Deque<T = any> {
    constructor(elements?: T[]);
    size(): number;
    isEmpty(): boolean;
    front(): T | null;
    back(): T | null;
    pushFront(element: T): this;
    pushBack(element: T): this;
    popFront(): T | null;
    popBack(): T | null;
    toArray(): T[];
    clear(): void;
    clone(): Deque<T>;
    static fromArray<T>(elements: T[]): Deque<T>;
}

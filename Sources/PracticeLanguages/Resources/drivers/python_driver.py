# practice function-mode driver (docs/ARCHITECTURE.md, "Function mode"; "Languages"):
# `python3 practice_driver.py Main.py`. Loads the solution once, then for each test reads one JSON
# line per argument on stdin, calls the signature's method of class Solution (or the top-level
# function) and writes one tab-separated record on the original stdout:
#   ready <process cpu s>                                       once the solution is loaded
#   fatal <JSON message> <JSON details>                         when it cannot be loaded
#   ok  <cpu s> <wall s> <peak RSS KiB> <process cpu s> <JSON return value>
#   err <cpu s> <wall s> <peak RSS KiB> <process cpu s> <JSON message> <JSON traceback>
# The solution's own prints go to stderr, each test's followed by a marker line.
import json
import os
import resource
import sys
import time
import traceback

# Each attempt's driver has the lines between the markers generated for the problem's signature: the
# names the function may have, its number of arguments, and how each argument and the return value
# are converted ("value": the JSON value itself, "tree": TreeNode, "list": ListNode), and for an in-place
# function the argument whose value after the call is the answer (MODIFIES, else -1). As they stand they
# make a driver for `def solve(x)`. A design problem ("implement the class") has DESIGN instead of None: the class's
# name, its constructor's conversions and each method's ("kinds" of its arguments, "returns": a conversion or None
# for a method that returns nothing); a test is then two lines, the calls' names and their arguments. CYCLE, for a
# list with a cycle (LeetCode 141), is [the list argument's index, the index of the argument giving the node the last
# node links back to]; that second argument is not passed to the function.
# practice:config begin
NAMES = ["solve"]
ARITY = 1
KINDS = ["value"]
RETURN = "value"
MODIFIES = -1
DESIGN = None
CYCLE = None
# practice:config end
MARK = b"\x1epractice:end-of-test\x1e\n"

# LeetCode's Python 3 environment: the standard modules a solution uses without importing them, both as
# modules and as their names (`inf`, `gcd`, `deque`, `heappush`, `cache`, `ascii_lowercase`, `SortedList`...).
# The star imports come first and `from builtins import *` last, so `pow(a, b, m)`, `open` and `sum` are the
# builtins again where math or operator also define them, and each module's own name is the module.
PRELUDE = """
from string import *
from re import *
from datetime import *
from collections import *
from heapq import *
from bisect import *
from copy import *
from math import *
from random import *
from statistics import *
from itertools import *
from functools import *
from operator import *
from json import *
from typing import *
try:
    from sortedcontainers import SortedList, SortedDict, SortedSet, SortedKeyList
except ImportError:
    pass
from builtins import *
import array, bisect, collections, copy, datetime, functools, heapq, itertools, json, math, operator, random, re
import statistics, string, sys


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)
"""


def tree(values, node_class):
    """A binary tree from LeetCode's level-order list (None for a missing child)."""
    if not values or values[0] is None:
        return None
    root = node_class(values[0])
    queue, head, index = [root], 0, 1
    while index < len(values) and head < len(queue):
        node = queue[head]
        head += 1
        if values[index] is not None:
            node.left = node_class(values[index])
            queue.append(node.left)
        index += 1
        if index < len(values) and values[index] is not None:
            node.right = node_class(values[index])
            queue.append(node.right)
        index += 1
    return root


def tree_values(root):
    values, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            values.append(None)
        else:
            values.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def link_cycle(head, pos):
    """Links the list's last node back to its node at index `pos` (nothing when pos is -1)."""
    if head is None or pos < 0:
        return
    target, node, index = None, head, 0
    while True:
        if index == pos:
            target = node
        if node.next is None:
            break
        node, index = node.next, index + 1
    node.next = target


def linked(values, node_class):
    head = None
    for value in reversed(values):
        node = node_class(value)
        node.next = head
        head = node
    return head


class ListCycle(Exception):
    """A returned linked list with a cycle."""


def linked_values(node):
    """The values of a returned list; a list that comes back to a node (a cycle) is an error, as on LeetCode."""
    values, fast = [], node
    while node is not None:
        values.append(node.val)
        fast = fast.next.next if fast is not None and fast.next is not None else None
        if fast is not None and fast is node.next:
            raise ListCycle("the returned list has a cycle (Found cycle in the ListNode)")
        node = node.next
    return values


class CallFailed(Exception):
    """An exception in call `index` of a design test: the message names the call and its method."""

    def __init__(self, index, method, error):
        super().__init__()
        self.index, self.method, self.error = index, method, error


def design_call(namespace, source_name, fatal):
    """The call of a design test: construct DESIGN's class with the first call's arguments, then call each method in
    order; the answers, one per call (None for the constructor and for methods that return nothing)."""
    cls = namespace.get(DESIGN["class"])
    if not isinstance(cls, type):
        fatal("%s: it defines no class %s" % (source_name, DESIGN["class"]), "")
    tree_class = namespace.get("TreeNode")
    list_class = namespace.get("ListNode")
    converters = {"value": lambda v: v, "tree": lambda v: tree(v, tree_class), "list": lambda v: linked(v, list_class)}
    encoders = {"value": lambda v: v, "tree": tree_values, "list": linked_values}
    methods = {}
    for name, method in DESIGN["methods"].items():
        spelling = next((s for s in (name, snake_case(name)) if callable(getattr(cls, s, None))), None)
        if spelling is None:
            fatal("%s: class %s has no method %s" % (source_name, DESIGN["class"], name), "")
        methods[name] = (spelling, [converters[k] for k in method["kinds"]],
                         encoders[method["returns"]] if method["returns"] is not None else None)
    construct = [converters[k] for k in DESIGN["init"]]

    def run(arguments):
        names, calls = arguments
        index = 0
        try:
            obj = cls(*[convert(v) for convert, v in zip(construct, calls[0])])
            answers = [None]
            for index in range(1, len(names)):
                spelling, convert, encode = methods[names[index]]
                value = getattr(obj, spelling)(*[c(v) for c, v in zip(convert, calls[index])])
                answers.append(encode(value) if encode is not None else None)
        except BaseException as error:
            raise CallFailed(index, names[index], error) from None
        return answers
    return run


def snake_case(name):
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def describe(error, source_name):
    """'ValueError: message (Main.py, line 7, in f)': the exception and where in the solution."""
    if isinstance(error, CallFailed):
        return "call %d (%s): %s" % (error.index, error.method, describe(error.error, source_name))
    text = "%s: %s" % (type(error).__name__, error) if str(error) else type(error).__name__
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == source_name]
    if frames:
        text += " (%s, line %d, in %s)" % (source_name, frames[-1].lineno, frames[-1].name)
    return text


def details(error, source_name):
    """The traceback through the solution's own frames only."""
    if isinstance(error, CallFailed):
        error = error.error
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == source_name]
    text = "".join(traceback.format_list(frames[-8:])) + "".join(traceback.format_exception_only(type(error), error))
    return text[-4000:]


def main():
    source_path = sys.argv[1]
    source_name = os.path.basename(source_path)
    # Records go to a private copy of stdout; the solution's prints (fd 1) go to stderr.
    records = os.fdopen(os.dup(1), "w", encoding="utf-8", newline="\n")
    os.dup2(2, 1)
    sys.stdout.reconfigure(line_buffering=True)  # so a test's prints survive it being killed
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100000))

    def fatal(message, more):
        records.write("fatal\t%s\t%s\n" % (json.dumps(message), json.dumps(more)))
        records.flush()
        sys.exit(1)

    namespace = {"__name__": "solution", "__file__": source_name, "__builtins__": __builtins__}
    try:
        exec(PRELUDE, namespace)
        with open(source_path, encoding="utf-8") as handle:
            code = compile(handle.read(), source_name, "exec")
        exec(code, namespace)
    except BaseException as error:  # SyntaxError, an exception or exit() in module-level code
        fatal("the solution failed to load: " + describe(error, source_name), details(error, source_name))

    call = None
    solution = namespace.get("Solution")
    if DESIGN is not None:
        call = design_call(namespace, source_name, fatal)
    elif isinstance(solution, type):
        for name in NAMES:
            if callable(getattr(solution, name, None)):
                call = (lambda cls, method: lambda args: getattr(cls(), method)(*args))(solution, name)
                break
    if call is None:
        for name in NAMES:
            function = namespace.get(name)
            if callable(function) and not isinstance(function, type):
                call = (lambda f: lambda args: f(*args))(function)
                break
    if call is None:
        where = "class Solution has no method %s" % NAMES[0] if isinstance(solution, type) \
            else "it defines neither class Solution nor a function %s" % NAMES[0]
        fatal("%s: %s" % (source_name, where), "")

    tree_class = namespace.get("TreeNode")
    list_class = namespace.get("ListNode")
    converters = {"value": lambda v: v, "tree": lambda v: tree(v, tree_class), "list": lambda v: linked(v, list_class)}
    convert = [converters[kind] for kind in KINDS]
    encode = {"value": lambda v: v, "tree": tree_values, "list": linked_values}[RETURN]
    read = sys.stdin.buffer.readline
    write = records.write
    process_time = time.process_time
    perf_counter = time.perf_counter
    getrusage = resource.getrusage
    self_usage = resource.RUSAGE_SELF
    # Each test's own peak memory: the kernel's high-water mark is reset to the current resident size
    # before the test (clear_refs 5) and read after it (VmHWM). ru_maxrss would also count the memory of
    # the process that started the driver, and every earlier test's peak.
    try:
        clear_refs = os.open("/proc/self/clear_refs", os.O_WRONLY)
    except OSError:
        clear_refs = -1
    try:
        status_file = os.open("/proc/self/status", os.O_RDONLY)
    except OSError:
        status_file = -1

    def reset_peak():
        if clear_refs >= 0:
            try:
                os.write(clear_refs, b"5")
            except OSError:
                pass

    def peak_kib():
        if status_file >= 0:
            try:
                data = os.pread(status_file, 8192, 0)
                at = data.find(b"VmHWM:")
                if at >= 0:
                    return int(data[at + 6:data.index(b"kB", at)])
            except (OSError, ValueError):
                pass
        return getrusage(self_usage).ru_maxrss
    write("ready\t%.6f\n" % process_time())
    records.flush()
    while True:
        lines = []
        for _ in range(ARITY):
            line = read()
            if not line:
                return
            lines.append(line)
        reset_peak()
        cpu, wall = process_time(), perf_counter()
        try:
            arguments = [convert[i](json.loads(line)) for i, line in enumerate(lines)]
            if CYCLE is not None:
                link_cycle(arguments[CYCLE[0]], arguments[CYCLE[1]])
                value = call([a for i, a in enumerate(arguments) if i != CYCLE[1]])
            else:
                value = call(arguments)
            if MODIFIES >= 0:
                value = arguments[MODIFIES]
            try:
                text = "ok\t" + json.dumps(encode(value), separators=(",", ":"))
            except ListCycle as error:
                text = "err\t%s\t%s" % (json.dumps(str(error)), json.dumps(""))
            except Exception as error:
                text = "err\t%s\t%s" % (json.dumps("the return value cannot be written as JSON: %s: %s" % (type(error).__name__, error)), json.dumps(""))
        except BaseException as error:
            text = "err\t%s\t%s" % (json.dumps(describe(error, source_name)), json.dumps(details(error, source_name)))
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os.write(2, MARK)
        done = process_time()
        status, _, rest = text.partition("\t")
        write("%s\t%.6f\t%.6f\t%d\t%.6f\t%s\n" % (status, done - cpu, perf_counter() - wall,
                                                  peak_kib(), done, rest))
        records.flush()


main()

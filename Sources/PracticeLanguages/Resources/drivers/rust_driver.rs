// practice function-mode driver for Rust (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// A library: the JSON reader and writer, the record protocol and `serve`, the loop over tests. The generated
// driver of an attempt (`practice_driver.rs`) uses it either precompiled once per rustc as an rlib (`--cfg
// practice_prelude --extern practice_driver=...`) or, without that, as this text inside `mod practice_driver`;
// then come LeetCode's `TreeNode` and `ListNode` (unless the solution defines its own), `pub struct Solution;`,
// the node readers and writers (the macros below, expanded where the nodes are), `include!("Main.rs")` (so
// compile errors name the solution's own lines) and a `main` that reads each argument into its Rust type and
// calls `Solution::method`. `serve` writes one tab-separated record per test on a private copy of stdout; the
// solution's own output (println!) goes to stderr, each test's followed by a marker line. No libc crate: the few
// C functions it needs are declared here.
#![allow(dead_code, unused_macros)]

use std::fs::File;
use std::io::{BufRead, Write};
use std::os::unix::fs::FileExt;
use std::os::unix::io::FromRawFd;

/// What the generated driver imports with a glob, so LeetCode's node definitions find `Rc` and `RefCell` whether or
/// not the solution imports them itself (its own `use std::rc::Rc;` shadows the glob, without a conflict).
pub mod prelude {
    pub use std::cell::RefCell;
    pub use std::rc::Rc;
}

// ---- reading compact JSON into Rust values

/// A cursor over one argument's JSON line. A value that cannot be read makes it fail; `finish` says so.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    ok: bool,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { bytes: text.as_bytes(), at: 0, ok: true }
    }

    fn space(&mut self) {
        while self.at < self.bytes.len() && matches!(self.bytes[self.at], b' ' | b'\t' | b'\r' | b'\n') {
            self.at += 1;
        }
    }

    /// Takes `c` (after white space) if it is next.
    pub fn take(&mut self, c: u8) -> bool {
        self.space();
        if self.at < self.bytes.len() && self.bytes[self.at] == c {
            self.at += 1;
            return true;
        }
        false
    }

    fn literal(&mut self, word: &str) -> bool {
        self.space();
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            return true;
        }
        false
    }

    pub fn fail(&mut self) {
        self.ok = false;
        self.at = self.bytes.len();
    }

    /// Takes `null` if it is next.
    pub fn null(&mut self) -> bool {
        self.literal("null")
    }

    /// Ok when the whole line was one value of the type; otherwise the message of the `err` record.
    pub fn finish(&mut self, position: usize, name: &str, type_name: &str) -> Result<(), String> {
        self.space();
        if self.ok && self.at == self.bytes.len() {
            return Ok(());
        }
        Err(format!("the driver could not read argument {} ({}) as {}", position, name, type_name))
    }

    fn number(&mut self) -> &'a str {
        self.space();
        let start = self.at;
        while self.at < self.bytes.len() && matches!(self.bytes[self.at], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
            self.at += 1;
        }
        std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("")
    }

    /// An integer (`3.0` is read as 3).
    pub fn integer(&mut self) -> i64 {
        let text = self.number();
        if let Ok(value) = text.parse::<i64>() {
            return value;
        }
        match text.parse::<f64>() {
            Ok(value) if value == value.floor() && value.abs() < 9.3e18 => value as i64,
            _ => {
                self.fail();
                0
            }
        }
    }

    pub fn int32(&mut self) -> i32 {
        let value = self.integer();
        if value < i32::MIN as i64 || value > i32::MAX as i64 {
            self.fail();
            return 0;
        }
        value as i32
    }

    pub fn int64(&mut self) -> i64 {
        self.integer()
    }

    pub fn float64(&mut self) -> f64 {
        match self.number().parse::<f64>() {
            Ok(value) => value,
            Err(_) => {
                self.fail();
                0.0
            }
        }
    }

    pub fn boolean(&mut self) -> bool {
        if self.literal("true") {
            true
        } else if !self.literal("false") {
            self.fail();
            false
        } else {
            false
        }
    }

    fn hex4(&mut self) -> u32 {
        if self.bytes.len() - self.at < 4 {
            self.fail();
            return 0;
        }
        let text = std::str::from_utf8(&self.bytes[self.at..self.at + 4]).unwrap_or("");
        self.at += 4;
        match u32::from_str_radix(text, 16) {
            Ok(code) => code,
            Err(_) => {
                self.fail();
                0
            }
        }
    }

    pub fn string(&mut self) -> String {
        let mut out: Vec<u8> = Vec::new();
        if !self.take(b'"') {
            self.fail();
            return String::new();
        }
        while self.at < self.bytes.len() && self.bytes[self.at] != b'"' {
            let c = self.bytes[self.at];
            self.at += 1;
            if c != b'\\' {
                out.push(c);
                continue;
            }
            if self.at >= self.bytes.len() {
                self.fail();
                return String::new();
            }
            let escape = self.bytes[self.at];
            self.at += 1;
            let code = match escape {
                b'"' => '"' as u32,
                b'\\' => '\\' as u32,
                b'/' => '/' as u32,
                b'b' => 8,
                b'f' => 12,
                b'n' => 10,
                b'r' => 13,
                b't' => 9,
                b'u' => {
                    let mut code = self.hex4();
                    if (0xD800..0xDC00).contains(&code) && self.bytes[self.at..].starts_with(b"\\u") {
                        self.at += 2;
                        let low = self.hex4();
                        code = 0x10000 + ((code - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
                    }
                    code
                }
                _ => {
                    self.fail();
                    return String::new();
                }
            };
            let mut buffer = [0u8; 4];
            out.extend_from_slice(char::from_u32(code).unwrap_or('\u{FFFD}').encode_utf8(&mut buffer).as_bytes());
        }
        if !self.take(b'"') {
            self.fail();
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// A one-character string.
    pub fn character(&mut self) -> char {
        let text = self.string();
        let mut characters = text.chars();
        match (characters.next(), characters.next()) {
            (Some(c), None) => c,
            _ => {
                self.fail();
                '\0'
            }
        }
    }

    /// An array whose elements `item` reads.
    pub fn array<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> T) -> Vec<T> {
        let mut out = Vec::new();
        if !self.take(b'[') {
            self.fail();
            return out;
        }
        if self.take(b']') {
            return out;
        }
        loop {
            out.push(item(self));
            if !self.ok || !self.take(b',') {
                break;
            }
        }
        if !self.take(b']') {
            self.fail();
        }
        out
    }

    /// A tree's level order (`[1,null,2]`) or a list's values: integers and nulls.
    pub fn level_order(&mut self) -> Vec<Option<i32>> {
        self.array(|r| if r.null() { None } else { Some(r.int32()) })
    }
}

// ---- design problems: a test is the calls' names and their arguments, one list per call

/// The call being made in a design test (`call 3 (pop): `), which the message of a panic in it starts with.
static CALL: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

fn set_call(prefix: String) {
    if let Ok(mut call) = CALL.lock() {
        *call = prefix;
    }
}

fn call_prefix() -> String {
    CALL.lock().map(|call| call.clone()).unwrap_or_default()
}

/// One design test: the calls' names and a reader over their arguments, read one call at a time; the constructor's
/// call is the first, made current by `new`.
pub struct Calls<'a> {
    names: Vec<String>,
    reader: Reader<'a>,
    index: usize,
    read: usize,
}

const BAD_CALLS: &str = "the driver could not read argument 2 (arguments): one list of arguments per call";

impl<'a> Calls<'a> {
    pub fn new(names: &str, arguments: &'a str) -> Result<Calls<'a>, String> {
        let mut reader = Reader::new(names);
        let names = reader.array(|r| r.string());
        reader.finish(1, "operations", "[String]")?;
        if names.is_empty() {
            return Err("the test makes no calls".to_string());
        }
        let mut calls = Calls { names, reader: Reader::new(arguments), index: 0, read: 0 };
        if !calls.reader.take(b'[') {
            return Err(BAD_CALLS.to_string());
        }
        calls.open()?;
        Ok(calls)
    }

    /// Starts the current call's list of arguments.
    fn open(&mut self) -> Result<(), String> {
        if (self.index > 0 && !self.reader.take(b',')) || !self.reader.take(b'[') {
            return Err(BAD_CALLS.to_string());
        }
        self.read = 0;
        set_call(format!("call {} ({}): ", self.index, self.names[self.index]));
        Ok(())
    }

    /// The reader of the current call's next argument.
    pub fn argument(&mut self) -> &mut Reader<'a> {
        if self.read > 0 && !self.reader.take(b',') {
            self.reader.fail();
        }
        self.read += 1;
        &mut self.reader
    }

    /// Ends the current call's arguments: an error when they were not one value of each parameter's type (`declared`).
    pub fn close(&mut self, declared: &str) -> Result<(), String> {
        if !self.reader.ok || !self.reader.take(b']') {
            return Err(format!("{}the driver could not read its arguments as ({})", call_prefix(), declared));
        }
        Ok(())
    }

    /// The next call's method name; None after the last call.
    pub fn next(&mut self) -> Result<Option<String>, String> {
        self.index += 1;
        if self.index >= self.names.len() {
            set_call(String::new());
            if !self.reader.take(b']') {
                return Err(BAD_CALLS.to_string());
            }
            self.reader.space();
            if self.reader.at != self.reader.bytes.len() {
                return Err(BAD_CALLS.to_string());
            }
            return Ok(None);
        }
        self.open()?;
        Ok(Some(self.names[self.index].clone()))
    }

    /// The error of a call to a method the class does not have.
    pub fn unknown(&self, class: &str) -> String {
        format!("{}{} has no method {}", call_prefix(), class, self.names[self.index])
    }
}

// ---- writing Rust values as compact JSON

pub fn write_i32(out: &mut String, value: &i32) {
    out.push_str(&value.to_string());
}

pub fn write_i64(out: &mut String, value: &i64) {
    out.push_str(&value.to_string());
}

/// The shortest text that reads back as the same double (as C++'s `%.17g` does, in fewer digits); JSON has no
/// infinities or NaN: `null`.
pub fn write_f64(out: &mut String, value: &f64) {
    let value = *value;
    if !value.is_finite() {
        out.push_str("null");
    } else if value == 0.0 || (value.abs() >= 1e-5 && value.abs() < 1e16) {
        out.push_str(&format!("{}", value));
    } else {
        out.push_str(&format!("{:e}", value));
    }
}

pub fn write_bool(out: &mut String, value: &bool) {
    out.push_str(if *value { "true" } else { "false" });
}

pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn write_string(out: &mut String, value: &String) {
    write_str(out, value);
}

pub fn write_char(out: &mut String, value: &char) {
    let mut buffer = [0u8; 4];
    write_str(out, value.encode_utf8(&mut buffer));
}

pub fn write_array<T>(out: &mut String, values: &Vec<T>, item: impl Fn(&mut String, &T)) {
    out.push('[');
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        item(out, value);
    }
    out.push(']');
}

/// A tree's level order without its trailing nulls (`[1,null,2]`).
pub fn write_level_order(out: &mut String, values: &[Option<i32>]) {
    let mut end = values.len();
    while end > 0 && values[end - 1].is_none() {
        end -= 1;
    }
    out.push('[');
    for (index, value) in values[..end].iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        match value {
            Some(v) => write_i32(out, v),
            None => out.push_str("null"),
        }
    }
    out.push(']');
}

/// `Option<Rc<RefCell<TreeNode>>>` read from its level order and written back, with the `TreeNode` of the place
/// where it is expanded (LeetCode's, or the solution's own with the same fields and `TreeNode::new`).
#[macro_export]
macro_rules! practice_tree_io {
    () => {
        fn practice_read_tree(reader: &mut practice_driver::Reader) -> Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>> {
            let values = reader.level_order();
            let nodes: Vec<Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>> = values
                .iter()
                .map(|value| value.map(|v| ::std::rc::Rc::new(::std::cell::RefCell::new(TreeNode::new(v)))))
                .collect();
            let root = match nodes.first() {
                Some(Some(node)) => node.clone(),
                _ => return None,
            };
            let mut queue = ::std::collections::VecDeque::new();
            queue.push_back(root.clone());
            let mut index = 1;
            while index < nodes.len() {
                let parent = match queue.pop_front() {
                    Some(parent) => parent,
                    None => break,
                };
                let left = nodes[index].clone();
                index += 1;
                if let Some(node) = &left {
                    queue.push_back(node.clone());
                }
                parent.borrow_mut().left = left;
                if index < nodes.len() {
                    let right = nodes[index].clone();
                    index += 1;
                    if let Some(node) = &right {
                        queue.push_back(node.clone());
                    }
                    parent.borrow_mut().right = right;
                }
            }
            Some(root)
        }

        fn practice_write_tree(out: &mut String, root: &Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>) {
            let mut values: Vec<Option<i32>> = Vec::new();
            let mut queue = ::std::collections::VecDeque::new();
            queue.push_back(root.clone());
            while let Some(item) = queue.pop_front() {
                match item {
                    Some(node) => {
                        let node = node.borrow();
                        values.push(Some(node.val));
                        queue.push_back(node.left.clone());
                        queue.push_back(node.right.clone());
                    }
                    None => values.push(None),
                }
            }
            practice_driver::write_level_order(out, &values);
        }
    };
}

/// `Option<Box<ListNode>>` read from its values and written back, with the `ListNode` of the place where it is
/// expanded.
#[macro_export]
macro_rules! practice_list_io {
    () => {
        fn practice_read_list(reader: &mut practice_driver::Reader) -> Option<Box<ListNode>> {
            let values = reader.array(|r| r.int32());
            let mut head: Option<Box<ListNode>> = None;
            for value in values.into_iter().rev() {
                let mut node = ListNode::new(value);
                node.next = head;
                head = Some(Box::new(node));
            }
            head
        }

        fn practice_write_list(out: &mut String, head: &Option<Box<ListNode>>) {
            let mut first = true;
            out.push('[');
            let mut node = head;
            while let Some(current) = node {
                if !first {
                    out.push(',');
                }
                first = false;
                practice_driver::write_i32(out, &current.val);
                node = &current.next;
            }
            out.push(']');
        }
    };
}

// ---- the protocol

#[repr(C)]
struct Timespec {
    seconds: i64,
    nanoseconds: i64,
}

extern "C" {
    fn dup(fd: i32) -> i32;
    fn dup2(from: i32, to: i32) -> i32;
    fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const MARK: &[u8] = b"\x1epractice:end-of-test\x1e\n";
/// The stack of the thread the tests run on: deep recursion (a DFS over a 10^5-node path) works, as on LeetCode.
const STACK_BYTES: usize = 256 << 20;

fn seconds(clock: i32) -> f64 {
    let mut time = Timespec { seconds: 0, nanoseconds: 0 };
    unsafe {
        clock_gettime(clock, &mut time);
    }
    time.seconds as f64 + time.nanoseconds as f64 / 1e9
}

/// Each test's own peak memory: the kernel's high-water mark is reset to the current resident size before the test
/// (clear_refs 5) and read after it (VmHWM); ru_maxrss would also count every earlier test's peak.
struct Peak {
    clear_refs: Option<File>,
    status: Option<File>,
}

impl Peak {
    fn open() -> Self {
        Peak {
            clear_refs: std::fs::OpenOptions::new().write(true).open("/proc/self/clear_refs").ok(),
            status: File::open("/proc/self/status").ok(),
        }
    }

    fn reset(&mut self) {
        if let Some(file) = &mut self.clear_refs {
            let _ = file.write(b"5");
        }
    }

    fn kib(&self) -> i64 {
        let mut buffer = [0u8; 8192];
        if let Some(file) = &self.status {
            if let Ok(length) = file.read_at(&mut buffer, 0) {
                let text = String::from_utf8_lossy(&buffer[..length]);
                if let Some(line) = text.lines().find(|line| line.starts_with("VmHWM:")) {
                    return line[6..].trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
                }
            }
        }
        0
    }
}

/// The message of the last panic (with where it happened), kept by the panic hook for the test's `err` record.
static PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic with a value that is not a string".to_string()
    }
}

/// One test: `test(lines, text)` reads the test's arguments from its lines (one JSON value each), calls the solution
/// and writes the result as JSON into `text`; it returns an error when an argument cannot be read.
pub type Test = fn(&[String], &mut String) -> Result<(), String>;

/// Answers tests read from stdin until it ends, `arity` lines per test, on a thread with a large stack.
pub fn serve(arity: usize, test: Test) {
    // Records go to a private copy of stdout; the solution's output to stderr.
    let mut records = unsafe {
        let fd = dup(1);
        dup2(2, 1);
        File::from_raw_fd(fd)
    };
    std::panic::set_hook(Box::new(|info| {
        let mut message = panic_message(info.payload());
        if let Some(location) = info.location() {
            // As the other drivers name a line: `index out of bounds: ... (Main.rs:3:17)`.
            message = format!("{} ({}:{}:{})", message, location.file().rsplit('/').next().unwrap_or(""), location.line(),
                              location.column());
        }
        if let Ok(mut last) = PANIC.lock() {
            *last = Some(message);
        }
    }));
    let _ = records.write_all(format!("ready\t{:.6}\n", seconds(CLOCK_PROCESS_CPUTIME_ID)).as_bytes());
    let worker = std::thread::Builder::new().name("main".to_string()).stack_size(STACK_BYTES).spawn(move || {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut peak = Peak::open();
        let mut lines = vec![String::new(); arity];
        loop {
            for line in lines.iter_mut() {
                line.clear();
                match input.read_line(line) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {
                        let trimmed = line.trim_end_matches(|c| c == '\n' || c == '\r').len();
                        line.truncate(trimmed);
                    }
                }
            }
            peak.reset();
            let (cpu, wall) = (seconds(CLOCK_PROCESS_CPUTIME_ID), seconds(CLOCK_MONOTONIC));
            let mut text = String::new();
            set_call(String::new());
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(&lines, &mut text)));
            let (status, value) = match outcome {
                Ok(Ok(())) => ("ok", text),
                Ok(Err(message)) => ("err", json_string(&message) + "\t\"\""),
                Err(payload) => {
                    let message = PANIC.lock().ok().and_then(|mut last| last.take()).unwrap_or_else(|| panic_message(&*payload));
                    ("err", json_string(&(call_prefix() + &message)) + "\t\"\"")
                }
            };
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(MARK);
            let done = seconds(CLOCK_PROCESS_CPUTIME_ID);
            let record = format!("{}\t{:.6}\t{:.6}\t{}\t{:.6}\t{}\n", status, done - cpu, seconds(CLOCK_MONOTONIC) - wall,
                                 peak.kib(), done, value);
            let _ = records.write_all(record.as_bytes());
        }
    });
    match worker {
        Ok(handle) => {
            let _ = handle.join();
        }
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "practice driver: cannot start the test thread: {}", error);
            std::process::exit(70);
        }
    }
}

fn json_string(text: &str) -> String {
    let mut out = String::new();
    write_str(&mut out, text);
    out
}

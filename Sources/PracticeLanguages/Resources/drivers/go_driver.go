// practice function-mode driver for Go (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// The generated driver of an attempt is this file, go_tree_node.go and go_list_node.go (unless the
// solution defines those types itself; without their package lines) and a `main` generated for the
// signature, compiled with the solution (Main.go, package main, LeetCode's missing imports added):
// `main` calls practiceServe with a function that reads one JSON line per argument into the
// signature's Go types, calls the solution and writes the result. practiceServe writes one
// tab-separated record per test on the original stdout (the records of the other drivers); the
// solution's own output (fmt.Println) goes to stderr, each test's followed by a marker line.
// Every name here starts with `practice` and every import is aliased: the solution shares the package.
package main

import (
	practiceBufio "bufio"
	practiceErrors "errors"
	practiceFmt "fmt"
	practiceMath "math"
	practiceOS "os"
	practiceReflect "reflect"
	practiceRuntime "runtime"
	practiceStrconv "strconv"
	practiceStrings "strings"
	practiceSyscall "syscall"
	practiceUnsafe "unsafe"
)

// ---- reading compact JSON into Go values (by reflection on the argument's type)

type practiceReader struct {
	text string
	at   int
	ok   bool
}

func (r *practiceReader) space() {
	for r.at < len(r.text) && (r.text[r.at] == ' ' || r.text[r.at] == '\t' || r.text[r.at] == '\r' || r.text[r.at] == '\n') {
		r.at++
	}
}

func (r *practiceReader) take(c byte) bool {
	r.space()
	if r.at < len(r.text) && r.text[r.at] == c {
		r.at++
		return true
	}
	return false
}

func (r *practiceReader) literal(word string) bool {
	r.space()
	if practiceStrings.HasPrefix(r.text[r.at:], word) {
		r.at += len(word)
		return true
	}
	return false
}

func (r *practiceReader) fail() {
	r.ok = false
	r.at = len(r.text)
}

func (r *practiceReader) number() string {
	r.space()
	start := r.at
	for r.at < len(r.text) && practiceStrings.IndexByte("+-0123456789.eE", r.text[r.at]) >= 0 {
		r.at++
	}
	return r.text[start:r.at]
}

func (r *practiceReader) integer(bits int) int64 {
	word := r.number()
	v, err := practiceStrconv.ParseInt(word, 10, bits)
	if err != nil {
		f, ferr := practiceStrconv.ParseFloat(word, 64) // 3.0 for an integer
		if ferr != nil || f != practiceMath.Trunc(f) {
			r.fail()
			return 0
		}
		v = int64(f)
	}
	return v
}

func (r *practiceReader) hex4() rune {
	if len(r.text)-r.at < 4 {
		r.fail()
		return 0
	}
	v, err := practiceStrconv.ParseUint(r.text[r.at:r.at+4], 16, 32)
	if err != nil {
		r.fail()
		return 0
	}
	r.at += 4
	return rune(v)
}

func (r *practiceReader) str() string {
	if !r.take('"') {
		r.fail()
		return ""
	}
	var out practiceStrings.Builder
	for r.at < len(r.text) && r.text[r.at] != '"' {
		c := r.text[r.at]
		r.at++
		if c != '\\' {
			out.WriteByte(c)
			continue
		}
		if r.at >= len(r.text) {
			r.fail()
			return ""
		}
		e := r.text[r.at]
		r.at++
		switch e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			code := r.hex4()
			if code >= 0xD800 && code < 0xDC00 && practiceStrings.HasPrefix(r.text[r.at:], "\\u") {
				r.at += 2
				code = 0x10000 + (code-0xD800)<<10 + (r.hex4() - 0xDC00)
			}
			out.WriteRune(code)
		default:
			r.fail()
			return ""
		}
	}
	if !r.take('"') {
		r.fail()
	}
	return out.String()
}

var practiceTreeType = practiceReflect.TypeOf((*TreeNode)(nil))
var practiceListType = practiceReflect.TypeOf((*ListNode)(nil))

// value reads one JSON value into v, by v's type.
func (r *practiceReader) value(v practiceReflect.Value) {
	if !r.ok {
		return
	}
	switch t := v.Type(); {
	case t == practiceTreeType:
		v.Set(practiceReflect.ValueOf(r.tree()))
	case t == practiceListType:
		v.Set(practiceReflect.ValueOf(r.list()))
	default:
		switch t.Kind() {
		case practiceReflect.Int, practiceReflect.Int64, practiceReflect.Int32, practiceReflect.Int16, practiceReflect.Int8:
			if t.Kind() == practiceReflect.Int32 && r.peek() == '"' { // a rune, as a character
				s := []rune(r.str())
				if len(s) != 1 {
					r.fail()
					return
				}
				v.SetInt(int64(s[0]))
				return
			}
			v.SetInt(r.integer(t.Bits()))
		case practiceReflect.Uint8: // byte: a character
			s := r.str()
			if len(s) != 1 {
				r.fail()
				return
			}
			v.SetUint(uint64(s[0]))
		case practiceReflect.Float64, practiceReflect.Float32:
			f, err := practiceStrconv.ParseFloat(r.number(), 64)
			if err != nil {
				r.fail()
				return
			}
			v.SetFloat(f)
		case practiceReflect.Bool:
			if r.literal("true") {
				v.SetBool(true)
			} else if r.literal("false") {
				v.SetBool(false)
			} else {
				r.fail()
			}
		case practiceReflect.String:
			v.SetString(r.str())
		case practiceReflect.Slice:
			if !r.take('[') {
				r.fail()
				return
			}
			items := practiceReflect.MakeSlice(t, 0, 4)
			if !r.take(']') {
				for {
					item := practiceReflect.New(t.Elem()).Elem()
					r.value(item)
					if !r.ok {
						return
					}
					items = practiceReflect.Append(items, item)
					if !r.take(',') {
						break
					}
				}
				if !r.take(']') {
					r.fail()
					return
				}
			}
			v.Set(items)
		default:
			r.fail()
		}
	}
}

func (r *practiceReader) peek() byte {
	r.space()
	if r.at < len(r.text) {
		return r.text[r.at]
	}
	return 0
}

// tree reads LeetCode's level order ([1,null,2]) into nodes.
func (r *practiceReader) tree() *TreeNode {
	if !r.take('[') {
		r.fail()
		return nil
	}
	var nodes []*TreeNode
	if !r.take(']') {
		for {
			if r.literal("null") {
				nodes = append(nodes, nil)
			} else {
				value := r.integer(64)
				if !r.ok {
					return nil
				}
				nodes = append(nodes, &TreeNode{Val: int(value)})
			}
			if !r.take(',') {
				break
			}
		}
		if !r.take(']') {
			r.fail()
			return nil
		}
	}
	if len(nodes) == 0 || nodes[0] == nil {
		return nil
	}
	queue := []*TreeNode{nodes[0]}
	for index, parent := 1, 0; index < len(nodes) && parent < len(queue); parent++ {
		node := queue[parent]
		node.Left = nodes[index]
		index++
		if node.Left != nil {
			queue = append(queue, node.Left)
		}
		if index < len(nodes) {
			node.Right = nodes[index]
			index++
			if node.Right != nil {
				queue = append(queue, node.Right)
			}
		}
	}
	return nodes[0]
}

func (r *practiceReader) list() *ListNode {
	var values []int64
	if !r.take('[') {
		r.fail()
		return nil
	}
	if !r.take(']') {
		for {
			values = append(values, r.integer(64))
			if !r.ok {
				return nil
			}
			if !r.take(',') {
				break
			}
		}
		if !r.take(']') {
			r.fail()
			return nil
		}
	}
	var head *ListNode
	for i := len(values) - 1; i >= 0; i-- {
		head = &ListNode{Val: int(values[i]), Next: head}
	}
	return head
}

// practiceRead reads argument `position` (1-based) from its JSON line into *target.
func practiceRead(line string, target any, position int, name, typ string) error {
	r := practiceReader{text: line, ok: true}
	r.value(practiceReflect.ValueOf(target).Elem())
	r.space()
	if !r.ok || r.at != len(r.text) {
		return practiceErrors.New("the driver could not read argument " + practiceStrconv.Itoa(position) + " (" + name + ") as " + typ)
	}
	return nil
}

// ---- design problems: a test is the calls' names and their arguments, one list per call

// skip passes over one JSON value of any kind.
func (r *practiceReader) skip() {
	switch r.peek() {
	case '"':
		r.str()
	case '[', '{':
		open := r.text[r.at]
		r.at++
		if r.take(']') || r.take('}') {
			return
		}
		for r.ok {
			if open == '{' {
				r.str()
				if !r.take(':') {
					r.fail()
					return
				}
			}
			r.skip()
			if !r.take(',') {
				break
			}
		}
		if !r.take(']') && !r.take('}') {
			r.fail()
		}
	default:
		if !r.literal("null") && !r.literal("true") && !r.literal("false") && r.number() == "" {
			r.fail()
		}
	}
}

// practiceCalls is one design test: each call's method name and the JSON text of each of its arguments; `index`
// is the call being made.
type practiceCalls struct {
	names     []string
	arguments [][]string
	index     int
	answers   []string
}

// practiceCallPrefix names the call being made ("call 3 (pop): "), for the message of a panic in it.
var practiceCallPrefix string

// practiceStartCalls reads a design test's two lines; the constructor's call is the current one.
func practiceStartCalls(namesLine, argumentsLine string) (*practiceCalls, error) {
	calls := &practiceCalls{}
	if err := practiceRead(namesLine, &calls.names, 1, "operations", "[String]"); err != nil {
		return nil, err
	}
	r := practiceReader{text: argumentsLine, ok: true}
	bad := practiceErrors.New("the driver could not read argument 2 (arguments): one list of arguments per call")
	if !r.take('[') {
		return nil, bad
	}
	if !r.take(']') {
		for r.ok {
			if !r.take('[') {
				return nil, bad
			}
			var call []string
			if !r.take(']') {
				for r.ok {
					start := r.at
					r.skip()
					call = append(call, r.text[start:r.at])
					if !r.take(',') {
						break
					}
				}
				if !r.take(']') {
					return nil, bad
				}
			}
			calls.arguments = append(calls.arguments, call)
			if !r.take(',') {
				break
			}
		}
		if !r.take(']') {
			return nil, bad
		}
	}
	r.space()
	if !r.ok || r.at != len(r.text) {
		return nil, bad
	}
	if len(calls.names) == 0 || len(calls.names) != len(calls.arguments) {
		return nil, practiceErrors.New("the test has " + practiceStrconv.Itoa(len(calls.names)) + " calls and " +
			practiceStrconv.Itoa(len(calls.arguments)) + " lists of arguments")
	}
	practiceCallPrefix = "call 0 (" + calls.names[0] + "): "
	calls.answers = []string{"null"}
	return calls, nil
}

// next moves to the next call; false after the last.
func (c *practiceCalls) next() bool {
	c.index++
	if c.index >= len(c.names) {
		practiceCallPrefix = ""
		return false
	}
	practiceCallPrefix = "call " + practiceStrconv.Itoa(c.index) + " (" + c.names[c.index] + "): "
	return true
}

// method is the current call's method name.
func (c *practiceCalls) method() string { return c.names[c.index] }

// count checks that the current call has as many arguments as its method's parameters (declared as `declared`).
func (c *practiceCalls) count(count int, declared string) error {
	if len(c.arguments[c.index]) != count {
		return practiceErrors.New(practiceCallPrefix + "the driver could not read its arguments as (" + declared + ")")
	}
	return nil
}

// read reads the current call's argument `position` (0-based) into *target.
func (c *practiceCalls) read(position int, target any, name, typ string) error {
	if err := practiceRead(c.arguments[c.index][position], target, position+1, name, typ); err != nil {
		return practiceErrors.New(practiceCallPrefix + err.Error())
	}
	return nil
}

// unknown is the error of a call to a method the class does not have.
func (c *practiceCalls) unknown(class string) error {
	return practiceErrors.New(practiceCallPrefix + class + " has no method " + c.method())
}

// answer adds the current call's answer: null for a method that returns nothing.
func (c *practiceCalls) answer(value string) { c.answers = append(c.answers, value) }

// result is the test's answers, one per call, as a JSON array.
func (c *practiceCalls) result() string { return "[" + practiceStrings.Join(c.answers, ",") + "]" }

// ---- writing Go values as compact JSON

func practicePutString(out []byte, s string) []byte {
	out = append(out, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			out = append(out, '\\', '"')
		case c == '\\':
			out = append(out, '\\', '\\')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < 0x20:
			out = append(out, practiceFmt.Sprintf("\\u%04x", c)...)
		default:
			out = append(out, c)
		}
	}
	return append(out, '"')
}

func practicePutValue(out []byte, v practiceReflect.Value) []byte {
	switch t := v.Type(); {
	case t == practiceTreeType:
		queue := []*TreeNode{v.Interface().(*TreeNode)}
		var items []string
		for head := 0; head < len(queue); head++ {
			node := queue[head]
			if node == nil {
				items = append(items, "null")
				continue
			}
			items = append(items, practiceStrconv.Itoa(node.Val))
			queue = append(queue, node.Left, node.Right)
		}
		for len(items) > 0 && items[len(items)-1] == "null" {
			items = items[:len(items)-1]
		}
		return append(append(append(out, '['), practiceStrings.Join(items, ",")...), ']')
	case t == practiceListType:
		// A returned list that comes back to a node (a cycle) is an error, as on LeetCode (Floyd's two pointers).
		out = append(out, '[')
		fast := v.Interface().(*ListNode)
		for node := fast; node != nil; node = node.Next {
			if out[len(out)-1] != '[' {
				out = append(out, ',')
			}
			out = practiceStrconv.AppendInt(out, int64(node.Val), 10)
			if fast != nil && fast.Next != nil {
				fast = fast.Next.Next
			} else {
				fast = nil
			}
			if fast != nil && fast == node.Next {
				panic("the returned list has a cycle (Found cycle in the ListNode)")
			}
		}
		return append(out, ']')
	}
	switch v.Kind() {
	case practiceReflect.Bool:
		return practiceStrconv.AppendBool(out, v.Bool())
	case practiceReflect.Int, practiceReflect.Int64, practiceReflect.Int32, practiceReflect.Int16, practiceReflect.Int8:
		return practiceStrconv.AppendInt(out, v.Int(), 10)
	case practiceReflect.Uint8: // byte: a character
		return practicePutString(out, string([]byte{byte(v.Uint())}))
	case practiceReflect.Uint, practiceReflect.Uint64, practiceReflect.Uint32, practiceReflect.Uint16:
		return practiceStrconv.AppendUint(out, v.Uint(), 10)
	case practiceReflect.Float64, practiceReflect.Float32:
		f := v.Float()
		if practiceMath.IsInf(f, 0) || practiceMath.IsNaN(f) {
			return append(out, "null"...)
		}
		return practiceStrconv.AppendFloat(out, f, 'g', 17, 64) // as C's %.17g: the same double when read back
	case practiceReflect.String:
		return practicePutString(out, v.String())
	case practiceReflect.Slice, practiceReflect.Array:
		if v.Kind() == practiceReflect.Slice && v.IsNil() && v.Type().Elem().Kind() != practiceReflect.Uint8 {
			return append(out, "[]"...)
		}
		out = append(out, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				out = append(out, ',')
			}
			out = practicePutValue(out, v.Index(i))
		}
		return append(out, ']')
	case practiceReflect.Pointer, practiceReflect.Interface:
		if v.IsNil() {
			return append(out, "null"...)
		}
		return practicePutValue(out, v.Elem())
	}
	return append(out, "null"...)
}

// practicePut writes a result as compact JSON.
func practicePut(result any) string {
	if result == nil {
		return "null"
	}
	return string(practicePutValue(nil, practiceReflect.ValueOf(result)))
}

// ---- the protocol

var practiceMarker = []byte("\x1epractice:end-of-test\x1e\n")

func practiceCPU() float64 {
	var t practiceSyscall.Timespec
	// CLOCK_PROCESS_CPUTIME_ID (2): every thread's CPU time, the garbage collector's too.
	practiceSyscall.Syscall(practiceSyscall.SYS_CLOCK_GETTIME, 2, uintptr(practiceUnsafe.Pointer(&t)), 0)
	return float64(t.Sec) + float64(t.Nsec)/1e9
}

func practiceWall() float64 {
	var t practiceSyscall.Timespec
	practiceSyscall.Syscall(practiceSyscall.SYS_CLOCK_GETTIME, 1, uintptr(practiceUnsafe.Pointer(&t)), 0) // CLOCK_MONOTONIC
	return float64(t.Sec) + float64(t.Nsec)/1e9
}

// Each test's own peak memory: the kernel's high-water mark is reset to the current resident size
// before the test (clear_refs 5) and read after it (VmHWM).
var practiceClearRefs, _ = practiceOS.OpenFile("/proc/self/clear_refs", practiceOS.O_WRONLY, 0)
var practiceStatus, _ = practiceOS.Open("/proc/self/status")

func practiceResetPeak() {
	if practiceClearRefs != nil {
		practiceClearRefs.Write([]byte("5"))
	}
}

func practicePeakKiB() int64 {
	if practiceStatus != nil {
		buffer := make([]byte, 8192)
		n, _ := practiceStatus.ReadAt(buffer, 0)
		text := string(buffer[:n])
		if at := practiceStrings.Index(text, "VmHWM:"); at >= 0 {
			fields := practiceStrings.Fields(text[at+6:])
			if len(fields) > 0 {
				v, _ := practiceStrconv.ParseInt(fields[0], 10, 64)
				return v
			}
		}
	}
	var usage practiceSyscall.Rusage
	practiceSyscall.Getrusage(practiceSyscall.RUSAGE_SELF, &usage)
	return usage.Maxrss
}

func practiceFixed(v float64) string { return practiceStrconv.FormatFloat(v, 'f', 6, 64) }

// practicePanic is a panic in the solution: its message and where it happened (the solution's frames).
func practicePanic(value any) (string, string) {
	message := practiceFmt.Sprint(value)
	if err, ok := value.(error); ok {
		message = err.Error()
	}
	pcs := make([]uintptr, 64)
	n := practiceRuntime.Callers(3, pcs)
	frames := practiceRuntime.CallersFrames(pcs[:n])
	var stack []string
	where := ""
	for {
		frame, more := frames.Next()
		name := frame.Function
		if practiceStrings.HasPrefix(name, "main.practice") || practiceStrings.HasPrefix(name, "main.main") {
			break
		}
		if !practiceStrings.HasPrefix(name, "runtime.") {
			file := frame.File[practiceStrings.LastIndex(frame.File, "/")+1:]
			function := practiceStrings.TrimPrefix(name, "main.")
			location := file + ":" + practiceStrconv.Itoa(frame.Line)
			if where == "" {
				where = " (" + location + ", in " + function + ")"
			}
			stack = append(stack, function+"\n\t"+location)
		}
		if !more {
			break
		}
	}
	return "panic: " + message + where, practiceStrings.Join(stack, "\n")
}

func practiceJSON(text string) string { return string(practicePutString(nil, text)) }

// practiceLinkCycle links the list's last node back to its node at index pos (nothing when pos is -1): LeetCode
// 141's `pos`.
func practiceLinkCycle(head *ListNode, pos int) {
	if head == nil || pos < 0 {
		return
	}
	var target *ListNode
	node := head
	for index := 0; ; index++ {
		if index == pos {
			target = node
		}
		if node.Next == nil {
			break
		}
		node = node.Next
	}
	node.Next = target
}

// practiceCall runs one test, turning a panic in it into an `err` record.
func practiceCall(test func([]string) (string, error), lines []string) (status, text string) {
	practiceCallPrefix = ""
	defer func() {
		if value := recover(); value != nil {
			message, stack := practicePanic(value)
			status, text = "err", practiceJSON(practiceCallPrefix+message)+"\t"+practiceJSON(stack)
		}
	}()
	result, err := test(lines)
	if err != nil {
		return "err", practiceJSON(err.Error()) + "\t\"\""
	}
	return "ok", result
}

// practiceServe answers tests until stdin ends: `test` reads one test's arguments from its lines, calls
// the solution and returns the result as JSON.
func practiceServe(arity int, test func([]string) (string, error)) {
	recordsFD, err := practiceSyscall.Dup(1) // records go to a private copy of stdout; the solution's output to stderr
	if err != nil {
		recordsFD = 1
	} else {
		practiceSyscall.Dup2(2, 1)
	}
	records := practiceOS.NewFile(uintptr(recordsFD), "records")
	records.WriteString("ready\t" + practiceFixed(practiceCPU()) + "\n")
	input := practiceBufio.NewReaderSize(practiceOS.Stdin, 1<<16)
	lines := make([]string, arity)
	for {
		for i := range lines {
			line, err := input.ReadString('\n')
			if err != nil && line == "" {
				return
			}
			lines[i] = practiceStrings.TrimRight(line, "\r\n")
		}
		practiceResetPeak()
		cpu, wall := practiceCPU(), practiceWall()
		status, text := practiceCall(test, lines)
		practiceOS.Stderr.Write(practiceMarker)
		done := practiceCPU()
		records.WriteString(status + "\t" + practiceFixed(done-cpu) + "\t" + practiceFixed(practiceWall()-wall) + "\t" +
			practiceStrconv.FormatInt(practicePeakKiB(), 10) + "\t" + practiceFixed(done) + "\t" + text + "\n")
	}
}

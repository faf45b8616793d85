// Each line of the input is one argument, as JSON, in the order of the signature.
var lines: [String] = []
while let line = readLine() {
    if !line.isEmpty { lines.append(line) }
}
print("null")

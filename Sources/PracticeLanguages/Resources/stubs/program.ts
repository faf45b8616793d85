const lines: string[] = require("fs").readFileSync(0, "utf8").split("\n").filter((line: string) => line.trim() !== "");
const values = lines.map((line) => JSON.parse(line));
// values[0], values[1], ...: the arguments, in the order of the signature
console.log(JSON.stringify(null));

package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	// Each line of the input is one argument, as JSON, in the order of the signature.
	var lines []string
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<30)
	for scanner.Scan() {
		if scanner.Text() != "" {
			lines = append(lines, scanner.Text())
		}
	}
	fmt.Println("null")
}

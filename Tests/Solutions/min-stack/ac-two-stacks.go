// Beside the values, a second stack holds the minimum of everything at or below each position, so a pop brings
// the previous minimum back by itself.
type MinStack struct {
	values []int
	minima []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.values = append(this.values, val)
	if n := len(this.minima); n > 0 && this.minima[n-1] < val {
		val = this.minima[n-1]
	}
	this.minima = append(this.minima, val)
}

func (this *MinStack) Pop() {
	this.values = this.values[:len(this.values)-1]
	this.minima = this.minima[:len(this.minima)-1]
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.minima[len(this.minima)-1]
}

class MinStack {
    constructor() {
        this.values = [];
        this.mins = [];
    }
    push(val) {
        this.values.push(val);
        if (this.mins.length === 0 || val <= this.mins.at(-1)) this.mins.push(val);
    }
    pop() {
        if (this.values.pop() === this.mins.at(-1)) this.mins.pop();
    }
    top() {
        return this.values.at(-1);
    }
    getMin() {
        return this.mins.at(-1);
    }
}
